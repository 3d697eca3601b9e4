package dev.dockerflow.samples.smoke;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens one page in headless Chromium, waits until it is ready, takes a screenshot and reports what went
 * wrong on the way: what the page logged as an error, its uncaught exceptions, and the requests that failed.
 *
 * <p>It drives Debian's {@code chromium} and {@code chromium-driver} packages, at {@code /usr/bin/chromium}
 * and {@code /usr/bin/chromedriver}, and nothing else: Selenium Manager is never asked for a driver or a
 * browser, and Chromium resolves no host name but the page's own. Check {@link #available()} first, and fail
 * with {@link #whatIsMissing()} when it says no:
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

    /** How long a ready page may take to fetch its icon and finish its pending requests. */
    private static final Duration SETTLE = Duration.ofSeconds(3);

    /** The icon Chromium asks for after the load event: the page's own, else /favicon.ico. */
    private static final String ICON = "var link = document.querySelector('link[rel~=\"icon\" i]');"
            + " if (link) return link.href;"
            + " return /^https?:$/.test(location.protocol) ? new URL('/favicon.ico', location.href).href : null;";

    /*
     * Selenium warns on every session that it has no CDP bindings for Debian's Chromium, which is newer than
     * the bindings Selenium ships. A visit does not use them: the performance log brings CDP events as plain
     * JSON. Held in fields because java.util.logging holds loggers weakly, and a collected logger forgets the
     * level it was given.
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
        if (missing.isEmpty()) {
            return "";
        }
        return "The page is checked in headless Chromium, but " + String.join(" and ", missing)
                + (missing.size() == 1 ? " is" : " are") + " missing. Install them as root with"
                + " `apt-get install -y chromium chromium-driver` (.ci/run does so before the build)."
                + " Selenium is not allowed to download a browser or a driver instead.";
    }

    /**
     * Opens a page, waits until it is ready, writes a screenshot, and reports what the page logged and which
     * of its requests failed. Each visit starts its own Chromium, with a new empty profile, and quits it
     * before returning or throwing.
     *
     * <p>The page is ready once it has loaded (each script, style sheet and image it references has loaded
     * or failed) and {@code ready} holds. The visit then waits up to 3 more seconds for requests still under
     * way and for the icon Chromium fetches after the load event, so that a missing favicon is reported too.
     *
     * @param page the page to open
     * @param ready what the page shows once its scripts have run
     * @param timeout how long the page may take to be ready
     * @param screenshot where to write the screenshot, a {@value #WIDTH}x{@value #HEIGHT} PNG; missing
     *        folders are created and an existing file is replaced
     * @return the page's title, what it logged as errors and which requests failed
     * @throws AssertionError if the page is not ready in time; the message tells what was awaited and what
     *         the page logged and which requests failed until then, which usually tells why, and the
     *         screenshot is still written
     * @throws IllegalStateException if Chromium or its driver is missing, see {@link #whatIsMissing()}
     * @throws WebDriverException if Chromium does not start or stops answering; the message ends with the
     *         last lines chromedriver logged
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
        Path scratch = createScratch();
        try {
            Path driverLog = scratch.resolve("chromedriver.log");
            ChromeDriver driver = start(page, scratch.resolve("profile"), driverLog);
            try {
                return look(driver, page, ready, timeout, screenshot, started);
            } catch (WebDriverException e) {
                throw new WebDriverException("Chromium failed while visiting " + page + tail(driverLog), e);
            } finally {
                // Also stops the chromedriver process that the driver's service started.
                driver.quit();
            }
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static ChromeDriver start(URI page, Path profile, Path driverLog) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(driverLog.toFile())
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options(page, profile));
            try {
                fitViewport(driver);
                // Reading a log empties it: what the blank start page logged is not the visited page's.
                driver.manage().logs().get(LogType.BROWSER);
                driver.manage().logs().get(LogType.PERFORMANCE);
                return driver;
            } catch (WebDriverException e) {
                driver.quit();
                throw e;
            }
        } catch (WebDriverException e) {
            service.stop();
            throw new WebDriverException("Could not start " + CHROMIUM + " through " + CHROMEDRIVER
                    + tail(driverLog), e);
        }
    }

    private static Visit look(ChromeDriver driver, URI page, Ready ready, Duration timeout, Path screenshot,
            long started) {
        // Loading the page and running a script get the same budget as the ready condition.
        driver.manage().timeouts().pageLoadTimeout(timeout);
        driver.manage().timeouts().scriptTimeout(timeout);
        Network network = new Network();
        TimeoutException notReady = null;
        try {
            driver.get(page.toString());
            new WebDriverWait(driver, timeout, POLL)
                    .withMessage(() -> "waiting for " + ready + " on " + page)
                    // A ready script may read what the page has not defined yet, and the page may replace an
                    // element between finding it and reading it: both mean "not yet".
                    .ignoring(JavascriptException.class)
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> {
                        network.read(d);
                        return loaded(d) && ready.test(d);
                    });
            settle(driver, network, timeout);
        } catch (TimeoutException e) {
            notReady = e;
        }
        String title = notReady == null ? driver.getTitle() : titleIfAny(driver);
        write(screenshot, driver.getScreenshotAs(OutputType.BYTES));
        network.read(driver);
        List<String> consoleErrors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
        Visit visit = new Visit(page, title, consoleErrors, network.failures(), screenshot,
                Duration.ofNanos(System.nanoTime() - started));
        if (notReady != null) {
            String awaited = notReady.getMessage().lines().findFirst().orElse("");
            throw new AssertionError("The page was not ready after " + timeout + ": " + awaited + "\n"
                    + visit.describe(), notReady);
        }
        return visit;
    }

    private static ChromeOptions options(URI page, Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                // Chromium will not start as root with its sandbox, and CI runs as root in a container.
                "--no-sandbox",
                "--disable-gpu",
                // Without these Chromium calls Google as it starts (QUIC, component and extension updates,
                // sync): the CI network refuses those connections, and a smoke test must not depend on them.
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-default-apps",
                "--disable-extensions",
                "--no-default-browser-check",
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
                "--user-data-dir=" + profile,
                "--window-size=" + WIDTH + "," + HEIGHT,
                // The screenshot is then WIDTH x HEIGHT pixels whatever the host's display density.
                "--force-device-scale-factor=1",
                "--hide-scrollbars",
                "--mute-audio");
        // Debian's Chromium starts on its new tab page, which loads https://start.duckduckgo.com/ (Debian's
        // default search engine). chromedriver turns every argument into a --switch, so the blank start page
        // can only be asked for through the profile's preferences.
        options.setExperimentalOption("prefs", Map.of(
                "session.restore_on_startup", 4,
                "session.startup_urls", List.of("about:blank"),
                "homepage", "about:blank",
                "homepage_is_newtabpage", false));
        LoggingPreferences logs = new LoggingPreferences();
        // The console: console.error, uncaught exceptions, and "Failed to load resource" for each request
        // answered 4xx or 5xx or not answered.
        logs.enable(LogType.BROWSER, Level.ALL);
        // The page's CDP Network events, as JSON: each request with its status. Unlike Selenium's CDP and
        // BiDi APIs it needs no bindings of this Chromium's version.
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        return options;
    }

    /*
     * New headless Chromium keeps room for the toolbars it does not draw: a 1280x900 window shows a 1280x757
     * page. Grows the window by that much, so that the page, thus the screenshot, is WIDTH x HEIGHT.
     */
    private static void fitViewport(ChromeDriver driver) {
        List<?> toolbars = (List<?>) driver.executeScript(
                "return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight];");
        driver.manage().window().setSize(new Dimension(
                WIDTH + ((Number) toolbars.get(0)).intValue(),
                HEIGHT + ((Number) toolbars.get(1)).intValue()));
    }

    /*
     * Chromium asks for the page's icon only after the load event, and a missing icon is among what a smoke
     * test is for; a script may also still be fetching. Gives up quietly: a page that keeps a connection
     * open, or an icon Chromium does not ask for, is no reason to fail the visit.
     */
    private static void settle(ChromeDriver driver, Network network, Duration timeout) {
        String icon = driver.executeScript(ICON) instanceof String url && url.startsWith("http") ? url : null;
        try {
            new WebDriverWait(driver, timeout.compareTo(SETTLE) < 0 ? timeout : SETTLE, POLL).until(d -> {
                network.read(d);
                return network.idle() && (icon == null || network.done(icon));
            });
        } catch (TimeoutException e) {
            // What failed until now is reported all the same.
        }
    }

    private static boolean loaded(WebDriver driver) {
        return "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState;"));
    }

    private static String titleIfAny(WebDriver driver) {
        try {
            return driver.getTitle();
        } catch (WebDriverException e) {
            return "";
        }
    }

    private static void write(Path file, byte[] png) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the screenshot " + file, e);
        }
    }

    private static Path createScratch() {
        try {
            return Files.createTempDirectory("dockerflow-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a folder for Chromium's profile", e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A profile left in the temporary folder is not worth failing a test for.
        }
    }

    private static String tail(Path driverLog) {
        try {
            List<String> lines = Files.readAllLines(driverLog, StandardCharsets.UTF_8);
            List<String> last = lines.subList(Math.max(0, lines.size() - 20), lines.size());
            return last.isEmpty() ? "" : "\nThe last lines chromedriver logged:\n" + String.join("\n", last);
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /**
     * What a page shows once its scripts have run. It is polled, so it should be cheap and must not change
     * the page.
     */
    public static final class Ready {

        private final String description;
        private final Predicate<WebDriver> condition;

        private Ready(String description, Predicate<WebDriver> condition) {
            this.description = description;
            this.condition = condition;
        }

        /**
         * Ready when a script returns a truthy value. A script that throws, e.g. because it reads what the
         * page has not defined yet, means not ready yet.
         *
         * @param script the body of a function, e.g. {@code return window.notes.loaded;}
         * @return the condition
         */
        public static Ready script(String script) {
            Objects.requireNonNull(script, "script");
            return new Ready("script {" + script + "}",
                    driver -> truthy(((JavascriptExecutor) driver).executeScript(script)));
        }

        /**
         * Ready when an element that matches a CSS selector is displayed.
         *
         * @param selector a CSS selector
         * @return the condition
         */
        public static Ready selector(String selector) {
            Objects.requireNonNull(selector, "selector");
            return new Ready("an element displayed at " + selector,
                    driver -> driver.findElements(By.cssSelector(selector)).stream()
                            .anyMatch(WebElement::isDisplayed));
        }

        /**
         * Ready when an element that matches a CSS selector is displayed with some text, typically text that
         * the page's script fills in from an API call.
         *
         * @param selector a CSS selector
         * @return the condition
         */
        public static Ready text(String selector) {
            Objects.requireNonNull(selector, "selector");
            return new Ready("text in " + selector,
                    driver -> driver.findElements(By.cssSelector(selector)).stream()
                            .anyMatch(element -> element.isDisplayed() && !element.getText().isBlank()));
        }

        boolean test(WebDriver driver) {
            return condition.test(driver);
        }

        private static boolean truthy(Object value) {
            if (value instanceof Boolean bool) {
                return bool;
            }
            if (value instanceof Number number) {
                return number.doubleValue() != 0 && !Double.isNaN(number.doubleValue());
            }
            if (value instanceof String string) {
                return !string.isEmpty();
            }
            return value != null;
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
     * @param consoleErrors what the page logged at error level, as Chromium words it (source first):
     *        {@code console.error} calls, uncaught exceptions, and "Failed to load resource" for each request
     *        answered 4xx or 5xx or not answered
     * @param failedRequests the page's requests answered 4xx or 5xx or not answered, as
     *        {@code "404 GET http://..."} or {@code "net::ERR_NAME_NOT_RESOLVED GET http://..."}
     * @param screenshot where the screenshot was written
     * @param elapsed how long the visit took, from starting Chromium until the logs were read
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
            StringBuilder report = new StringBuilder()
                    .append("Visited ").append(page).append(" (title \"").append(title).append("\") in ")
                    .append(elapsed.toMillis()).append(" ms; screenshot ").append(screenshot.toAbsolutePath())
                    .append("\nConsole errors:").append(consoleErrors.isEmpty() ? " none" : "");
            consoleErrors.forEach(error -> report.append("\n  ").append(error));
            report.append("\nFailed requests:").append(failedRequests.isEmpty() ? " none" : "");
            failedRequests.forEach(request -> report.append("\n  ").append(request));
            return report.toString();
        }
    }

    /**
     * The page's requests, rebuilt from the CDP Network events in Chromium's performance log. Read while
     * waiting, as chromedriver buffers a bounded number of events.
     */
    private static final class Network {

        private final Map<String, String> requests = new LinkedHashMap<>();
        private final Set<String> pending = new HashSet<>();
        private final Set<String> done = new HashSet<>();
        private final Map<String, String> failures = new LinkedHashMap<>();

        void read(WebDriver driver) {
            for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
                try (JsonReader reader = Json.createReader(new StringReader(entry.getMessage()))) {
                    JsonObject message = reader.readObject().getJsonObject("message");
                    if (message != null && message.get("params") instanceof JsonObject params) {
                        on(message.getString("method", ""), params);
                    }
                } catch (RuntimeException e) {
                    // An entry that is not a CDP event tells nothing about requests.
                }
            }
        }

        private void on(String method, JsonObject params) {
            String id = params.getString("requestId", "");
            switch (method) {
                case "Network.requestWillBeSent" -> {
                    JsonObject request = params.getJsonObject("request");
                    requests.put(id, request.getString("method", "GET") + " " + request.getString("url", "?"));
                    pending.add(id);
                }
                case "Network.responseReceived" -> {
                    JsonObject response = params.getJsonObject("response");
                    int status = response.getJsonNumber("status").intValue();
                    if (status >= 400) {
                        failures.put(id, status + " "
                                + requests.getOrDefault(id, "GET " + response.getString("url", "?")));
                    }
                }
                case "Network.loadingFinished" -> finished(id);
                case "Network.loadingFailed" -> {
                    // A request the page gave up, e.g. by navigating away, is not the server's failure.
                    if (!params.getBoolean("canceled", false) && !failures.containsKey(id)) {
                        failures.put(id, params.getString("errorText", "failed") + " "
                                + requests.getOrDefault(id, "request " + id));
                    }
                    finished(id);
                }
                default -> {
                    // Other events do not tell whether a request failed.
                }
            }
        }

        private void finished(String id) {
            pending.remove(id);
            String request = requests.get(id);
            if (request != null) {
                done.add(request.substring(request.indexOf(' ') + 1));
            }
        }

        boolean idle() {
            return pending.isEmpty();
        }

        boolean done(String url) {
            return done.contains(url);
        }

        List<String> failures() {
            return List.copyOf(failures.values());
        }
    }
}
