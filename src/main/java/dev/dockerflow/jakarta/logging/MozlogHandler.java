package dev.dockerflow.jakarta.logging;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.logging.ErrorManager;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.StreamHandler;

/**
 * Writes every record to the process's standard output as a mozlog JSON line, flushed at once
 * (python-dockerflow's {@code MozlogHandler}). It writes to the stdout file descriptor itself, not to
 * {@code System.out}, which application servers redirect into their own logging and would prefix.
 *
 * <p>Each line goes to the descriptor in one write call, newline included, however long it is, so that
 * it cannot interleave with what other writers (another handler, the runtime's console) put there.
 *
 * <p>Configure it in {@code logging.properties} like any handler
 * ({@code dev.dockerflow.jakarta.logging.MozlogHandler.level}, {@code .formatter}, {@code .filter});
 * its formatter is {@link MozlogFormatter} unless another is set. Or let the library install one on
 * request.summary, its own and the application's loggers while the application runs:
 * {@code dockerflow.logging.stdout=true}.
 */
public class MozlogHandler extends StreamHandler {

    /** Unbuffered: a buffer would split a line longer than itself into several writes. */
    private final OutputStream out;
    private boolean headWritten;

    /** A handler for standard output, configured from {@code logging.properties}. */
    public MozlogHandler() {
        this(new FileOutputStream(FileDescriptor.out));
    }

    /**
     * A handler writing to the given stream instead of standard output, each line in one call to it.
     * {@link #close()} leaves the stream open: it belongs to the caller.
     *
     * @param out where the lines go
     */
    public MozlogHandler(OutputStream out) {
        String prefix = MozlogHandler.class.getName();
        LogManager manager = LogManager.getLogManager();
        if (manager.getProperty(prefix + ".formatter") == null) {
            setFormatter(new MozlogFormatter());
        }
        if (manager.getProperty(prefix + ".encoding") == null) {
            try {
                setEncoding("UTF-8");
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException("UTF-8 is always supported", e);
            }
        }
        this.out = out;
        // StreamHandler's own writer is never written to; that it is set makes isLoggable() true.
        setOutputStream(OutputStream.nullOutputStream());
    }

    /** Formats the record and writes its whole line with one call to the stream. */
    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        String line;
        try {
            line = getFormatter().format(record);
            if (!headWritten) {
                headWritten = true;
                line = getFormatter().getHead(this) + line;
            }
        } catch (RuntimeException e) {
            reportError(null, e, ErrorManager.FORMAT_FAILURE);
            return;
        }
        // A stream that cannot be written (standard output closed) never fails the code that logged:
        // the error manager reports it, the default one only the first time.
        try {
            out.write(line.getBytes(charset()));
        } catch (IOException | RuntimeException e) {
            reportError(null, e, ErrorManager.WRITE_FAILURE);
        }
    }

    private Charset charset() {
        String encoding = getEncoding();
        return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    }

    /** Nothing is buffered: each line was written whole as it was published. */
    @Override
    public synchronized void flush() {
    }

    /** Leaves the stream open: standard output for the rest of the process, or the caller's own stream. */
    @Override
    public synchronized void close() {
    }
}
