package dev.dockerflow.jakarta.tck.deployment;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * What the {@code MozlogHandler} the library installs ({@code dockerflow.logging.stdout=true}) looks like
 * and writes, for a deployment with no logging code of its own. Handlers are found by their class's name:
 * one left behind by an earlier deployment of the application is another class loader's class. Each one
 * found on request.summary or {@value SummaryRecorder#APPLICATION} gets its formatter wrapped in one that
 * keeps a copy of every line, which is the line the handler writes. This happens on the first call, once
 * the application, and so the library's handler, has started; the formatters are put back as it stops.
 */
@ApplicationScoped
public class InstalledMozlogHandler {

    /** The library's handler, by name. */
    static final String HANDLER = "dev.dockerflow.jakarta.logging.MozlogHandler";

    private static final List<String> RECORDED = List.of("request.summary", SummaryRecorder.APPLICATION);

    private final List<String> written = new CopyOnWriteArrayList<>();
    private final Map<Handler, Formatter> originals = new IdentityHashMap<>();
    // java.util.logging holds loggers weakly: keep them while their handlers are looked at
    private List<Logger> loggers = List.of();

    /**
     * The library's handlers on the named loggers; from this call on, each line they write is kept.
     *
     * @param names logger names
     * @return per logger name: {@code handlers}, the identities of the library's handlers on it, and its
     *     {@code useParentHandlers}
     */
    public synchronized JsonObject describe(List<String> names) {
        record();
        JsonObjectBuilder description = Json.createObjectBuilder();
        for (String name : names) {
            Logger logger = Logger.getLogger(name);
            JsonArrayBuilder ids = Json.createArrayBuilder();
            handlers(logger).forEach(handler -> ids.add(Integer.toHexString(System.identityHashCode(handler))));
            description.add(name, Json.createObjectBuilder()
                    .add("handlers", ids)
                    .add("useParentHandlers", logger.getUseParentHandlers()));
        }
        return description.build();
    }

    /** {@return the lines the library's handlers wrote since the first call, oldest first} */
    public synchronized List<String> lines() {
        record();
        return List.copyOf(written);
    }

    private void record() {
        if (loggers.isEmpty()) {
            loggers = RECORDED.stream().map(Logger::getLogger).toList();
        }
        loggers.stream().flatMap(InstalledMozlogHandler::handlers)
                .filter(handler -> !originals.containsKey(handler))
                .forEach(handler -> {
                    Formatter original = handler.getFormatter();
                    originals.put(handler, original);
                    handler.setFormatter(new Recording(original));
                });
    }

    @PreDestroy
    synchronized void restore() {
        originals.forEach(Handler::setFormatter);
        originals.clear();
    }

    private static Stream<Handler> handlers(Logger logger) {
        return Stream.of(logger.getHandlers()).filter(handler -> HANDLER.equals(handler.getClass().getName()));
    }

    /** The handler's own formatter, keeping a copy of each line it gives the handler. */
    private final class Recording extends Formatter {
        private final Formatter original;

        Recording(Formatter original) {
            this.original = original;
        }

        @Override
        public String format(LogRecord record) {
            String line = original.format(record);
            written.add(line.strip());
            return line;
        }

        @Override
        public String getHead(Handler handler) {
            return original.getHead(handler);
        }

        @Override
        public String getTail(Handler handler) {
            return original.getTail(handler);
        }
    }
}
