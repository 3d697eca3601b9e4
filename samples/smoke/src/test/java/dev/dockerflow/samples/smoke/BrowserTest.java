package dev.dockerflow.samples.smoke;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders tiny pages, served by the JDK's HTTP server, in headless Chromium. */
class BrowserTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Kept after the build, to be looked at. */
    private static final Path SCREENSHOTS = Path.of("target", "browser-test");

    /** Every page's background, looked for in the screenshots to prove that the page was drawn. */
    private static final int BACKGROUND = 0x2a6f97;

    // Each page but two names an inline icon: otherwise Chromium asks for /favicon.ico, which this server
    // answers 404, as favicon404IsReported() checks.
    private static final String HEAD = "<meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\">"
            + "<style>body{margin:0;background:#2a6f97;color:#fff;font:32px sans-serif}</style>";

    // Fills the heading, defines window.app and changes the title 1.5 s after the load event: a visit that
    // did not wait would see an empty heading and the first title.
    private static final String LATE = "<!doctype html><html><head><title>loading</title>" + HEAD + "</head>"
            + "<body><h1 id=\"greeting\"></h1><script>setTimeout(function () {"
            + " document.getElementById('greeting').textContent = 'Hello from the notes service';"
            + " document.title = 'ready';"
            + " window.app = {ready: true};"
            + "}, 1500);</script></body></html>";

    private static final String BROKEN = "<!doctype html><html><head><title>broken</title>" + HEAD + "</head>"
            + "<body><h1 id=\"greeting\">Broken</h1>"
            + "<script src=\"/missing.js\"></script>"
            + "<script>console.error('boom from the page');</script>"
            + "<script>undefinedFunctionOfThePage();</script>"
            + "</body></html>";

    private static final String NO_ICON = "<!doctype html><html><head><title>no icon</title>"
            + "<style>body{margin:0;background:#2a6f97;color:#fff}</style></head>"
            + "<body><h1 id=\"greeting\">No icon</h1></body></html>";

    private static final String MISSING_ICON = "<!doctype html><html><head><title>missing icon</title>"
            + "<link rel=\"icon\" href=\"/icon.png\">"
            + "<style>body{margin:0;background:#2a6f97;color:#fff}</style></head>"
            + "<body><h1 id=\"greeting\">Missing icon</h1></body></html>";

    // The browser resolves no host name but the page's own.
    private static final String ELSEWHERE = "<!doctype html><html><head><title>elsewhere</title>" + HEAD + "</head>"
            + "<body><h1 id=\"greeting\">Elsewhere</h1><img src=\"http://elsewhere.example/pixel.png\" alt=\"\">"
            + "</body></html>";

    private static final String NEVER_READY = "<!doctype html><html><head><title>never</title>" + HEAD
            + "</head><body><script>console.error('the API did not answer');</script></body></html>";

    private static final Map<String, String> PAGES = Map.of(
            "/late.html", LATE,
            "/broken.html", BROKEN,
            "/no-icon.html", NO_ICON,
            "/missing-icon.html", MISSING_ICON,
            "/elsewhere.html", ELSEWHERE,
            "/never.html", NEVER_READY);

    private static HttpServer server;
    private static URI base;

    @BeforeAll
    static void serve() throws IOException {
        // Fails rather than skips: a build without Chromium must not pass the browser checks unnoticed.
        assertTrue(Browser.available(), Browser::whatIsMissing);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", BrowserTest::answer);
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String page = PAGES.get(exchange.getRequestURI().getPath());
        byte[] body = (page == null ? "Not found" : page).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", (page == null ? "text/plain" : "text/html") + "; charset=utf-8");
        exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Test
    void waitsForTextAndReportsACleanPage() throws IOException {
        Path screenshot = SCREENSHOTS.resolve("late-text.png");

        Browser.Visit visit = Browser.visit(base.resolve("late.html"), Browser.Ready.text("#greeting"), TIMEOUT,
                screenshot);

        // The page's script sets this title with the text, 1.5 s after the load event.
        assertEquals("ready", visit.title(), visit::describe);
        assertTrue(visit.elapsed().compareTo(Duration.ofMillis(1500)) > 0, visit::describe);
        assertTrue(visit.clean(), visit::describe);
        assertEquals(List.of(), visit.consoleErrors());
        assertEquals(List.of(), visit.failedRequests());
        assertEquals(screenshot, visit.screenshot());
        assertEquals(base.resolve("late.html"), visit.page());
        assertRendered(screenshot);
    }

    @Test
    void waitsForAScriptThatThrowsUntilThePageIsReady() throws IOException {
        Path screenshot = SCREENSHOTS.resolve("late-script.png");

        // Throws a TypeError until the page defines window.app.
        Browser.Visit visit = Browser.visit(base.resolve("late.html"), Browser.Ready.script("return window.app.ready;"),
                TIMEOUT, screenshot);

        assertEquals("ready", visit.title(), visit::describe);
        assertTrue(visit.clean(), visit::describe);
        assertRendered(screenshot);
    }

    @Test
    void reportsConsoleErrorsUncaughtExceptionsAndAMissingScript() throws IOException {
        Path screenshot = SCREENSHOTS.resolve("broken.png");

        Browser.Visit visit = Browser.visit(base.resolve("broken.html"), Browser.Ready.selector("#greeting"), TIMEOUT,
                screenshot);

        assertFalse(visit.clean(), visit::describe);
        assertEquals("broken", visit.title());
        assertEquals(2, visit.consoleErrors().size(), visit::describe);
        assertTrue(anyContains(visit.consoleErrors(), "console.error", "boom from the page"), visit::describe);
        assertTrue(anyContains(visit.consoleErrors(), "Uncaught ReferenceError", "undefinedFunctionOfThePage"),
                visit::describe);
        assertEquals(List.of("404 GET " + base.resolve("missing.js")), visit.failedRequests(), visit::describe);
        assertTrue(visit.describe().contains("boom from the page"), visit::describe);
        assertRendered(screenshot);
    }

    @Test
    void favicon404IsReported() throws IOException {
        assertTheOnlyComplaint("no-icon.html", "404 GET " + base.resolve("favicon.ico"));
    }

    @Test
    void aMissingIconThePageNamesIsReportedOnce() throws IOException {
        assertTheOnlyComplaint("missing-icon.html", "404 GET " + base.resolve("icon.png"));
    }

    @Test
    void aRequestThatIsNotAnsweredIsReported() throws IOException {
        assertTheOnlyComplaint("elsewhere.html", "net::ERR_NAME_NOT_RESOLVED GET http://elsewhere.example/pixel.png");
    }

    /** Visits a page that logs nothing and has one request fail, and finds that request and only that. */
    private static void assertTheOnlyComplaint(String page, String failedRequest) throws IOException {
        Path screenshot = SCREENSHOTS.resolve(page.replace(".html", ".png"));

        Browser.Visit visit = Browser.visit(base.resolve(page), Browser.Ready.text("#greeting"), TIMEOUT, screenshot);

        assertEquals(List.of(failedRequest), visit.failedRequests(), visit::describe);
        assertEquals(List.of(), visit.consoleErrors(), visit::describe);
        assertFalse(visit.clean(), visit::describe);
        assertRendered(screenshot);
    }

    @Test
    void failsWithWhatItSawWhenThePageIsNeverReady() throws IOException {
        Path screenshot = SCREENSHOTS.resolve("never.png");
        Files.deleteIfExists(screenshot);

        AssertionError error = assertThrows(AssertionError.class, () -> Browser.visit(base.resolve("never.html"),
                Browser.Ready.text("#notes"), Duration.ofSeconds(2), screenshot));

        assertTrue(error.getMessage().startsWith("The page was not ready after PT2S"), error.getMessage());
        assertTrue(error.getMessage().contains("text in #notes"), error.getMessage());
        assertTrue(error.getMessage().contains("the API did not answer"), error.getMessage());
        assertRendered(screenshot);
    }

    @Test
    void saysNothingIsMissingWhenBothPackagesAreInstalled() {
        assertEquals("", Browser.whatIsMissing());
    }

    private static boolean anyContains(List<String> messages, String... parts) {
        return messages.stream().anyMatch(message -> Arrays.stream(parts).allMatch(message::contains));
    }

    /** A PNG of the page's size, with the page's background where the page has no text. */
    private static void assertRendered(Path screenshot) throws IOException {
        byte[] png = Files.readAllBytes(screenshot);
        assertTrue(png.length > 33, "a PNG has at least a signature and an IHDR chunk");
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, Arrays.copyOf(png, 8),
                "PNG signature");
        ByteBuffer ihdr = ByteBuffer.wrap(png, 8, 25);
        assertEquals(13, ihdr.getInt(), "IHDR length");
        byte[] type = new byte[4];
        ihdr.get(type);
        assertEquals("IHDR", new String(type, StandardCharsets.US_ASCII), "first chunk");
        assertEquals(Browser.WIDTH, ihdr.getInt(), "width");
        assertEquals(Browser.HEIGHT, ihdr.getInt(), "height");

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(Integer.toHexString(BACKGROUND),
                Integer.toHexString(image.getRGB(Browser.WIDTH / 2, Browser.HEIGHT - 10) & 0xffffff),
                "background at the bottom of the page");
    }
}
