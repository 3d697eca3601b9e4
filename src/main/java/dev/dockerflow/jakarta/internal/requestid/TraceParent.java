package dev.dockerflow.jakarta.internal.requestid;

/**
 * Reads the trace id of a W3C Trace Context {@code traceparent} header,
 * {@code version-traceid-parentid-flags}: two, 32, 16 and two lowercase hex digits, neither id all
 * zeros, the version not {@code ff}; version {@code 00} is exactly that, a higher version may add
 * {@code -} and more, which is not read. Anything else is no trace at all.
 */
public final class TraceParent {

    /** The header's name. */
    public static final String HEADER = "traceparent";

    private static final int LENGTH = 55;
    private static final int TRACE_ID_START = 3;
    private static final int TRACE_ID_END = 35;
    private static final int PARENT_ID_END = 52;

    private TraceParent() {
    }

    /**
     * A char loop rather than a regular expression: it runs for every request, and allocates only the
     * trace id it returns.
     *
     * @param header the caller's {@value #HEADER} header, or null
     * @return its trace id, 32 lowercase hex digits, or null when the header is absent or malformed
     */
    public static String traceId(String header) {
        if (header == null || header.length() < LENGTH) {
            return null;
        }
        boolean version00 = header.startsWith("00");
        if (version00 ? header.length() != LENGTH : header.startsWith("ff")
                || header.length() > LENGTH && header.charAt(LENGTH) != '-') {
            return null;
        }
        boolean traceIdSet = false;
        boolean parentIdSet = false;
        for (int i = 0; i < LENGTH; i++) {
            char c = header.charAt(i);
            if (i == TRACE_ID_START - 1 || i == TRACE_ID_END || i == PARENT_ID_END) {
                if (c != '-') {
                    return null;
                }
            } else if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return null;
            } else if (c != '0') {
                traceIdSet |= i >= TRACE_ID_START && i < TRACE_ID_END;
                parentIdSet |= i > TRACE_ID_END && i < PARENT_ID_END;
            }
        }
        return traceIdSet && parentIdSet ? header.substring(TRACE_ID_START, TRACE_ID_END) : null;
    }
}
