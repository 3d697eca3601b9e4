package dev.dockerflow.jakarta.logging;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.UnsupportedEncodingException;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.StreamHandler;

/**
 * Writes every record to the process's standard output as a mozlog JSON line, flushed at once
 * (python-dockerflow's {@code MozlogHandler}). It writes to the stdout file descriptor itself, not to
 * {@code System.out}, which application servers redirect into their own logging and would prefix.
 *
 * <p>Configure it in {@code logging.properties} like any handler
 * ({@code dev.dockerflow.jakarta.logging.MozlogHandler.level}, {@code .formatter}, {@code .filter});
 * its formatter is {@link MozlogFormatter} unless another is set.
 */
public class MozlogHandler extends StreamHandler {

    /** A handler for standard output, configured from {@code logging.properties}. */
    public MozlogHandler() {
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
        setOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 8192));
    }

    @Override
    public synchronized void publish(LogRecord record) {
        super.publish(record);
        flush();
    }

    /** Flushes, and leaves standard output open for the rest of the process. */
    @Override
    public synchronized void close() {
        flush();
    }
}
