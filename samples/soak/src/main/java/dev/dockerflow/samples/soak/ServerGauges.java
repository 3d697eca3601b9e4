package dev.dockerflow.samples.soak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server JVM's live threads and its heap in use just after a full collection, read with the JDK's
 * {@code jcmd}, so that the soak can tell whether they level off or keep growing.
 *
 * @param threads       live Java threads
 * @param heapAfterGcKb heap in use after {@code GC.run}, in KiB
 */
record ServerGauges(int threads, long heapAfterGcKb) {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    /**
     * @param pid the server JVM's process id
     * @return its gauges now; collects its garbage first
     */
    static ServerGauges read(long pid) {
        jcmd(pid, "GC.run");
        Matcher used = USED.matcher(jcmd(pid, "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("GC.heap_info of " + pid + " names no heap in use");
        }
        int threads = (int) jcmd(pid, "Thread.print").lines().filter(line -> line.startsWith("\"")).count();
        return new ServerGauges(threads, Long.parseLong(used.group(1)));
    }

    private static String jcmd(long pid, String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return threads + " threads, " + (heapAfterGcKb / 1024) + " MiB heap after GC";
    }
}
