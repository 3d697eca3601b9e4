package dev.dockerflow.samples.smoke;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.bidi.browsingcontext.BrowsingContext;
import org.openqa.selenium.bidi.log.BaseLogEntry;
import org.openqa.selenium.bidi.log.LogLevel;
import org.openqa.selenium.bidi.log.StackFrame;
import org.openqa.selenium.bidi.module.LogInspector;
import org.openqa.selenium.bidi.module.Network;
import org.openqa.selenium.bidi.network.BaseParameters;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens one page in headless Chromium, waits until it is ready, takes a screenshot and reports, as WebDriver
 * BiDi tells them, what the page logged as an error, its uncaught exceptions and the requests that failed.
 *
 * <p>It drives Debian's {@code chromium} and {@code chromium-driver} packages and nothing else: Selenium
 * Manager is never asked for a driver or a browser, and Chromium resolves no host name but the page's own.
 *
 * <pre>{@code
 * assertTrue(Browser.available(), Browser::whatIsMissing);
 * Browser.Visit visit = Browser.visit(URI.create("http://127.0.0.1:18400/"), Browser.Ready.text("#notes"),
 *         Duration.ofSeconds(30), Path.of("target/smoke/home.png"));
 * assertTrue(visit.clean(), visit::describe);
 * }</pre>
 */
public final class Browser {

    /** The browser that Debian's {@code chromium} package installs. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /** The driver that Debian's {@code chromium-driver} package installs, always of Chromium's version. */
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** The width of the page, so of every screenshot, in pixels. */
    public static final int WIDTH = 1280;

    /** The height of the page, so of every screenshot, in pixels. */
    public static final int HEIGHT = 900;

    private static final Duration POLL = Duration.ofMillis(100);

    /** How long a ready page may take to finish its pending requests and to answer for its icon. */
    private static final Duration SETTLE = Duration.ofSeconds(3);

    /*
     * Chromium's BiDi leaves requests for URLs ending in /favicon.ico out of its network events, so the visit
     * fetches the icon Chromium asks for itself (the page's own, else /favicon.ico) and gets [how it failed,
     * its URL] or null. An icon that does not answer in time is no reason to fail the visit.
     */
    private static final String ICON = "var done = arguments[arguments.length - 1];"
            + " var link = document.querySelector('link[rel~=\"icon\" i]');"
            + " var icon = link ? link.href"
            + "     : /^https?:$/.test(location.protocol) ? new URL('/favicon.ico', location.href).href : '';"
            + " if (!/^https?:/.test(icon)) { done(null); return; }"
            + " fetch(icon, {mode: 'no-cors', signal: AbortSignal.timeout(" + SETTLE.toMillis() + ")}).then("
            + "     function (r) { done(r.status >= 400 ? [String(r.status), icon] : null); },"
            + "     function (e) { done(e.name === 'TimeoutError' ? null : [e.message, icon]); });";

    /*
     * Selenium warns on every session that it has no CDP bindings for Chromium's version; BiDi needs none.
     * Held in fields because java.util.logging holds loggers weakly, and forgets the level of one collected.
     */
    private static final Logger CDP_VERSION_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");
    private static final Logger CHROMIUM_DRIVER = quiet("org.openqa.selenium.chromium.ChromiumDriver");

    private Browser() {
    }

    /**
     * Whether Chromium and its driver are installed where Debian's packages put them.
     *
     * @return {@code true} when {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} are both executable
     */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * What a test should say when {@link #available()} is {@code false}.
     *
     * @return which of the two files is missing, the Debian packages that provide them and the command that
     *         installs them; an empty string when nothing is missing
     */
    public static String whatIsMissing() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add(CHROMIUM + " (Debian package chromium)");
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            missing.add(CHROMEDRIVER + " (Debian package chromium-driver)");
        }
        return missing.isEmpty() ? "" : "The page is checked in headless Chromium, but "
                + String.join(" and ", missing) + (missing.size() == 1 ? " is" : " are") + " missing. Install"
                + " them as root with `apt-get install -y chromium chromium-driver` (.ci/run does so before the"
                + " build). Selenium is not allowed to download a browser or a driver instead.";
    }

    /**
     * Opens a page, waits until it is ready, writes a screenshot, and reports what the page logged and which
     * of its requests failed. Each visit starts its own Chromium, with a new empty profile, and quits it
     * before returning or throwing.
     *
     * <p>The page is ready once it has loaded (each script, style sheet and image it references has loaded
     * or failed) and {@code ready} holds. The visit then waits up to 3 more seconds for requests still under
     * way, and fetches the page's icon, so that a missing favicon is reported too.
     *
     * @param page the page to open
     * @param ready what the page shows once its scripts have run
     * @param timeout how long the page may take to be ready
     * @param screenshot where to write the screenshot, a {@value #WIDTH}x{@value #HEIGHT} PNG; missing
     *        folders are created and an existing file is replaced
     * @return the page's title, what it logged as errors and which requests failed
     * @throws AssertionError if the page is not ready in time; the message tells what was awaited and what
     *         the page logged and which requests failed until then, and the screenshot is still written
     * @throws IllegalStateException if Chromium or its driver is missing, see {@link #whatIsMissing()}
     * @throws WebDriverException if Chromium does not start or stops answering
     * @throws UncheckedIOException if the screenshot cannot be written
     */
    public static Visit visit(URI page, Ready ready, Duration timeout, Path screenshot) {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(ready, "ready");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(screenshot, "screenshot");
        if (!available()) {
            throw new IllegalStateException(whatIsMissing());
        }
        long started = System.nanoTime();
        Path profile = createProfile();
        try {
            // Quitting the driver also stops the chromedriver process its service starts.
            ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(), options(page, profile));
            try {
                return look(driver, new Events(driver), page, ready, timeout, screenshot, started);
            } finally {
                driver.quit();
            }
        } finally {
            delete(profile);
        }
    }

    private static Visit look(ChromeDriver driver, Events events, URI page, Ready ready, Duration timeout,
            Path screenshot, long started) {
        // The page, thus the screenshot, is WIDTH x HEIGHT whatever room headless Chromium keeps for toolbars.
        new BrowsingContext(driver, driver.getWindowHandle()).setViewport(WIDTH, HEIGHT, 1);
        driver.manage().timeouts().pageLoadTimeout(timeout).scriptTimeout(timeout);
        TimeoutException notReady = null;
        try {
            driver.get(page.toString());
            new WebDriverWait(driver, timeout, POLL)
                    .withMessage(() -> "waiting for " + ready + " on " + page)
                    // A script may read what the page has not defined yet, and the page may replace an element
                    // between finding it and reading it: both mean "not yet".
                    .ignoring(JavascriptException.class)
                    .ignoring(StaleElementReferenceException.class)
                    .until(ready.condition()::test);
            settle(driver, events, timeout);
        } catch (TimeoutException e) {
            notReady = e;
        }
        String title = driver.getTitle();
        write(screenshot, driver.getScreenshotAs(OutputType.BYTES));
        Visit visit = new Visit(page, title, events.consoleErrors, events.failures(), screenshot,
                Duration.ofNanos(System.nanoTime() - started));
        if (notReady != null) {
            throw new AssertionError("The page was not ready after " + timeout + ": "
                    + notReady.getMessage().lines().findFirst().orElse("") + "\n" + visit.describe(), notReady);
        }
        return visit;
    }

    private static ChromeOptions options(URI page, Path profile) {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        // The webSocketUrl capability: WebDriver BiDi, which needs no bindings of this Chromium's version.
        options.enableBiDi();
        options.addArguments(
                // Chromium will not start as root with its sandbox, and CI runs as root in a container.
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--mute-audio",
                // Without these Chromium calls Google as it starts (QUIC, component and extension updates,
                // sync): the CI network refuses those connections, and a smoke test must not depend on them.
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps", "--disable-extensions", "--no-default-browser-check",
                "--password-store=basic",
                // Even so, Chromium 156 still looks up update.googleapis.com, accounts.google.com and
                // clients2.google.com. Resolving no name but the page's keeps everything on this machine; a
                // page that needs another host gets its request failed, and the visit reports it.
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost"
                        + (page.getHost() == null ? "" : " , EXCLUDE " + page.getHost()),
                // A container's /dev/shm is often 64 MB, too small for Chromium. Debian's launcher means to
                // add this flag when /dev/shm is small, but its check fails when findmnt prints two lines.
                "--disable-dev-shm-usage",
                // A profile per visit: no cache, cookie or service worker left by an earlier visit.
                "--user-data-dir=" + profile);
        // Debian's Chromium starts on its new tab page, which loads https://start.duckduckgo.com/. chromedriver
        // turns every argument into a --switch, so only the profile's preferences can ask for a blank page.
        options.setExperimentalOption("prefs", Map.of("session.restore_on_startup", 4,
                "session.startup_urls", List.of("about:blank"), "homepage", "about:blank",
                "homepage_is_newtabpage", false));
        return options;
    }

    /* A ready page may still be fetching. One that keeps a connection open is no reason to fail the visit. */
    private static void settle(ChromeDriver driver, Events events, Duration timeout) {
        try {
            new WebDriverWait(driver, timeout.compareTo(SETTLE) < 0 ? timeout : SETTLE, POLL)
                    .until(d -> events.idle());
        } catch (TimeoutException e) {
            // What failed until now is reported all the same.
        }
        if (driver.executeAsyncScript(ICON) instanceof List<?> failure) {
            events.failed("GET " + failure.get(1), String.valueOf(failure.get(0)));
        }
    }

    private static void write(Path file, byte[] png) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the screenshot " + file, e);
        }
    }

    private static Path createProfile() {
        try {
            return Files.createTempDirectory("dockerflow-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a folder for Chromium's profile", e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A profile left in the temporary folder is not worth failing a test for.
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /** What the page logs and requests, from BiDi events, subscribed to before the page is opened. */
    private static final class Events {

        private static final Json JSON = new Json();

        final List<String> consoleErrors = new CopyOnWriteArrayList<>();
        private final Set<String> started = ConcurrentHashMap.newKeySet();
        private final Set<String> finished = ConcurrentHashMap.newKeySet();
        /** How each request ("GET http://...") failed, the first time it did. */
        private final Map<String, String> failures = Collections.synchronizedMap(new LinkedHashMap<>());

        // Never closed: quitting the driver ends the BiDi connection they listen on.
        Events(WebDriver driver) {
            LogInspector log = new LogInspector(driver);
            Network network = new Network(driver);
            log.onConsoleEntry(entry -> {
                if (entry.getLevel() == LogLevel.ERROR) {
                    consoleErrors.add("console." + entry.getMethod() + ": " + entry.getText() + where(entry));
                }
            });
            log.onJavaScriptException(entry -> consoleErrors.add("Uncaught " + entry.getText() + where(entry)));
            network.onBeforeRequestSent(event -> started.add(event.getRequest().getRequestId()));
            network.onResponseCompleted(event -> {
                if (event.getResponseData().getStatus() >= 400) {
                    failed(request(event), Integer.toString(event.getResponseData().getStatus()));
                }
                finished.add(event.getRequest().getRequestId());
            });
            network.onFetchError(event -> {
                // Selenium hands the error text on as JSON, quotes included.
                String error = event.getErrorText().startsWith("\"")
                        ? JSON.toType(event.getErrorText(), String.class) : event.getErrorText();
                // A request the page gave up, e.g. by navigating away, is not the server's failure.
                if (!"net::ERR_ABORTED".equals(error)) {
                    failed(request(event), error);
                }
                finished.add(event.getRequest().getRequestId());
            });
        }

        /* Selenium hands each event to a thread of its own, so a request may be seen to end before it starts. */
        boolean idle() {
            return finished.containsAll(started);
        }

        void failed(String request, String how) {
            failures.putIfAbsent(request, how + " " + request);
        }

        List<String> failures() {
            synchronized (failures) {
                return List.copyOf(failures.values());
            }
        }

        private static String request(BaseParameters event) {
            return event.getRequest().getMethod() + " " + event.getRequest().getUrl();
        }

        private static String where(BaseLogEntry entry) {
            List<StackFrame> frames = entry.getStackTrace() == null ? List.of()
                    : entry.getStackTrace().getCallFrames();
            return frames.isEmpty() ? ""
                    : " (" + frames.get(0).getUrl() + ":" + (frames.get(0).getLineNumber() + 1) + ")";
        }
    }

    /**
     * What a page shows once its scripts have run. It is polled, so it should be cheap and must not change
     * the page.
     *
     * @param description what is awaited, for messages
     * @param condition whether the page shows it
     */
    public record Ready(String description, Predicate<WebDriver> condition) {

        /**
         * Ready when a script returns a truthy value. A script that throws, e.g. because it reads what the
         * page has not defined yet, means not ready yet.
         *
         * @param script the body of a function, e.g. {@code return window.notes.loaded;}
         * @return the condition
         */
        public static Ready script(String script) {
            // JavaScript's own idea of truthy.
            String truthy = "return !!(function () {" + Objects.requireNonNull(script, "script") + "\n})();";
            return new Ready("script {" + script + "}",
                    driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(truthy)));
        }

        /**
         * Ready when an element that matches a CSS selector is displayed.
         *
         * @param selector a CSS selector
         * @return the condition
         */
        public static Ready selector(String selector) {
            By css = By.cssSelector(Objects.requireNonNull(selector, "selector"));
            return new Ready("an element displayed at " + selector,
                    driver -> driver.findElements(css).stream().anyMatch(WebElement::isDisplayed));
        }

        /**
         * Ready when an element that matches a CSS selector is displayed with some text, typically text that
         * the page's script fills in from an API call.
         *
         * @param selector a CSS selector
         * @return the condition
         */
        public static Ready text(String selector) {
            By css = By.cssSelector(Objects.requireNonNull(selector, "selector"));
            return new Ready("text in " + selector, driver -> driver.findElements(css).stream()
                    .anyMatch(element -> element.isDisplayed() && !element.getText().isBlank()));
        }

        @Override
        public String toString() {
            return description;
        }
    }

    /**
     * What a visit saw.
     *
     * @param page the page
     * @param title the page's title once it was ready
     * @param consoleErrors what the page logged at error level, each with where: {@code console.error} and
     *        {@code console.assert} calls, as {@code "console.error: ..."}, and uncaught exceptions, as
     *        {@code "Uncaught TypeError: ..."}
     * @param failedRequests the page's requests answered 4xx or 5xx or not answered, as
     *        {@code "404 GET http://..."} or {@code "net::ERR_NAME_NOT_RESOLVED GET http://..."}
     * @param screenshot where the screenshot was written
     * @param elapsed how long the visit took, from starting Chromium until the screenshot was taken
     */
    public record Visit(URI page, String title, List<String> consoleErrors, List<String> failedRequests,
            Path screenshot, Duration elapsed) {

        /** Copies the lists, so that a visit does not change once made. */
        public Visit {
            consoleErrors = List.copyOf(consoleErrors);
            failedRequests = List.copyOf(failedRequests);
        }

        /**
         * Whether the page rendered without complaint.
         *
         * @return {@code true} when the page logged no error and none of its requests failed
         */
        public boolean clean() {
            return consoleErrors.isEmpty() && failedRequests.isEmpty();
        }

        /**
         * A report for an assertion message.
         *
         * @return the page, its title, each console error and failed request, and where the screenshot is
         */
        public String describe() {
            return "Visited " + page + " (title \"" + title + "\") in " + elapsed.toMillis() + " ms; screenshot "
                    + screenshot.toAbsolutePath() + "\nConsole errors:" + listed(consoleErrors)
                    + "\nFailed requests:" + listed(failedRequests);
        }

        private static String listed(List<String> lines) {
            return lines.isEmpty() ? " none" : "\n  " + String.join("\n  ", lines);
        }
    }
}
