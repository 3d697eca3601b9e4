package dev.dockerflow.jakarta.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import dev.dockerflow.jakarta.testing.MozlogLines;
import org.junit.jupiter.api.Test;

/**
 * Each line reaches the stream in one write call, newline included, however long it is: a line written
 * in pieces can interleave with what other writers put on the same descriptor.
 */
class MozlogHandlerTest {

    /** Keeps what each call to the stream wrote. */
    private static final class RecordingStream extends OutputStream {
        final List<byte[]> writes = new CopyOnWriteArrayList<>();

        @Override
        public void write(int b) {
            writes.add(new byte[] {(byte) b});
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            writes.add(Arrays.copyOfRange(bytes, offset, offset + length));
        }
    }

    private static LogRecord record(String message) {
        LogRecord record = new LogRecord(Level.INFO, message);
        record.setLoggerName("notes.api");
        return record;
    }

    @Test
    void writesALineLongerThanAnyBufferInOneCall() {
        RecordingStream out = new RecordingStream();
        MozlogHandler handler = new MozlogHandler(out);
        handler.setFormatter(new MozlogFormatter("notes"));
        // Far past the handler's and the encoder's buffers, in characters of two and four bytes.
        String message = "é😀x".repeat(20_000);

        handler.publish(record(message));

        assertEquals(1, out.writes.size(), "write calls for one line");
        String line = new String(out.writes.get(0), StandardCharsets.UTF_8);
        assertEquals(message, MozlogLines.parse(line).get("Fields").get("msg").asText());
    }

    @Test
    void writesEachLineInACallOfItsOwn() {
        RecordingStream out = new RecordingStream();
        MozlogHandler handler = new MozlogHandler(out);
        handler.setFormatter(new MozlogFormatter("notes"));

        handler.publish(record("first"));
        handler.publish(record("second"));

        assertEquals(2, out.writes.size(), "write calls for two lines");
        assertEquals("first", MozlogLines.parse(new String(out.writes.get(0), StandardCharsets.UTF_8))
                .get("Fields").get("msg").asText());
        assertEquals("second", MozlogLines.parse(new String(out.writes.get(1), StandardCharsets.UTF_8))
                .get("Fields").get("msg").asText());
    }
}
