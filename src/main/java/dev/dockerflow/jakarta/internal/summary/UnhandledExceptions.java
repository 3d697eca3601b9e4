package dev.dockerflow.jakarta.internal.summary;

/**
 * Hands an unmapped exception from {@link UnhandledExceptionMapper} to {@link RequestSummaryFilter}
 * without putting it in the response. Jakarta REST gives a mapper no access to the request's
 * properties, but runs a request's mapper and then its response filters on one thread; the mapper's
 * entity is a body of its own ({@code new String}), and the filter takes the exception only for the
 * response carrying that very entity, so an exception is never reported for another request.
 */
final class UnhandledExceptions {

    private record Unhandled(String body, Throwable exception) {
    }

    private static final ThreadLocal<Unhandled> LAST = new ThreadLocal<>();

    private UnhandledExceptions() {
    }

    /**
     * @param exception what the application threw
     * @return the response's entity: {@link UnhandledExceptionMapper#BODY}, as an instance of its own
     */
    @SuppressWarnings("StringOperationCanBeSimplified") // the instance's identity ties it to the exception
    static String record(Throwable exception) {
        String body = new String(UnhandledExceptionMapper.BODY);
        LAST.set(new Unhandled(body, exception));
        return body;
    }

    /**
     * Takes the exception recorded on this thread, and forgets it.
     *
     * @param entity the response's entity
     * @return the exception mapped into that entity, or {@code null} if the response is not such a 500
     */
    static Throwable take(Object entity) {
        Unhandled last = LAST.get();
        if (last == null) {
            return null;
        }
        LAST.remove();
        return last.body() == entity ? last.exception() : null;
    }
}
