package dev.dockerflow.jakarta.logging;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A throwable's stack trace as one text, in the JDK's layout ({@code Type: message}, {@code \tat ...},
 * {@code Caused by: ...}, {@code Suppressed: ...}), except that line breaks inside a message are
 * written as the two characters {@code \n}: a message cannot forge frames or lines of its own.
 */
final class Traceback {

    private static final int MAX_DEPTH = 32;

    private Traceback() {
    }

    /** {@code Type: message} with the message on one line; what python-dockerflow logs as {@code error}. */
    static String summary(Throwable error) {
        String message;
        try {
            message = error.getMessage();
        } catch (RuntimeException e) {
            message = "[getMessage() failed: " + e.getClass().getName() + "]";
        }
        String type = error.getClass().getName();
        return message == null ? type : type + ": " + oneLine(message);
    }

    static String of(Throwable error) {
        StringBuilder out = new StringBuilder();
        append(out, error, "", "", Collections.newSetFromMap(new IdentityHashMap<>()), 0);
        return out.toString();
    }

    private static void append(StringBuilder out, Throwable error, String caption, String indent,
            Set<Throwable> seen, int depth) {
        if (!seen.add(error)) {
            out.append(indent).append(caption).append("[CIRCULAR REFERENCE: ").append(summary(error)).append("]\n");
            return;
        }
        if (depth > MAX_DEPTH) {
            out.append(indent).append(caption).append("[further causes omitted]\n");
            return;
        }
        out.append(indent).append(caption).append(summary(error)).append('\n');
        for (StackTraceElement frame : error.getStackTrace()) {
            out.append(indent).append("\tat ").append(oneLine(String.valueOf(frame))).append('\n');
        }
        for (Throwable suppressed : error.getSuppressed()) {
            append(out, suppressed, "Suppressed: ", indent + "\t", seen, depth + 1);
        }
        Throwable cause = error.getCause();
        if (cause != null) {
            append(out, cause, "Caused by: ", indent, seen, depth + 1);
        }
    }

    private static String oneLine(String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }
}
