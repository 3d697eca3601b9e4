package dev.dockerflow.jakarta.internal.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The mapper's exception reaches the summary of its own response only. */
class UnhandledExceptionsTest {

    @Test
    void theResponseCarryingTheMappersBodyGetsItsException() {
        IllegalStateException thrown = new IllegalStateException("password=hunter2");
        Object entity = UnhandledExceptions.record(thrown);

        assertEquals(UnhandledExceptionMapper.BODY, entity);
        assertSame(thrown, UnhandledExceptions.take(entity));
        assertNull(UnhandledExceptions.take(entity), "taken once");
    }

    @Test
    void anotherResponseNeverGetsAnExceptionLeftOnTheThread() {
        UnhandledExceptions.record(new IllegalStateException("a response whose summary was never written"));

        assertNull(UnhandledExceptions.take(new String(UnhandledExceptionMapper.BODY)), "an equal body of another response");
        assertNull(UnhandledExceptions.take(new String(UnhandledExceptionMapper.BODY)), "forgotten after a look");
    }
}
