package dev.dockerflow.jakarta.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A bare HTTP/1.1 exchange over a socket, for what an HTTP client library will not do: send control
 * characters or no User-Agent, or show whether a body follows the head of a HEAD response.
 */
public final class RawHttp {

    /**
     * @param head the status line and headers, as text
     * @param afterHead every byte the server sent after the blank line that ends the head
     */
    public record Exchange(String head, byte[] afterHead) {

        /** @return the response's status code */
        public int status() {
            return Integer.parseInt(head.split(" ", 3)[1]);
        }

        /**
         * @param name a header name, in any case
         * @return the header's first value, or null
         */
        public String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    private RawHttp() {
    }

    /**
     * Sends a request line and header lines with {@code Connection: close}, and reads until the server
     * closes the connection.
     *
     * @param port the server's loopback port
     * @param requestLine such as {@code GET /notes HTTP/1.1}
     * @param headerLines whole header lines, sent as ISO-8859-1 bytes exactly as given
     * @return what the server sent
     */
    public static Exchange exchange(int port, String requestLine, String... headerLines) {
        StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1:").append(port).append("\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            byte[] all = socket.getInputStream().readAllBytes();
            int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            if (end < 0) {
                throw new AssertionError("no complete response head: " + new String(all, StandardCharsets.ISO_8859_1));
            }
            return new Exchange(new String(all, 0, end, StandardCharsets.ISO_8859_1),
                    Arrays.copyOfRange(all, end + 4, all.length));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
