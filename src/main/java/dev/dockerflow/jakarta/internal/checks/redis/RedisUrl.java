package dev.dockerflow.jakarta.internal.checks.redis;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A Redis URL as {@code dockerflow.redis.url} gives it: {@code redis://[[user]:password@]host[:port][/database]},
 * or {@code rediss://} for TLS. The port defaults to {@value #DEFAULT_PORT}, the database to 0; an IPv6 address
 * goes in brackets ({@code redis://[::1]:6379}); reserved characters in the user or password are percent-encoded.
 *
 * <p>Its {@link #toString()} masks the password, so that the URL can be shown in the heartbeat and logged.
 */
public final class RedisUrl {

    /** The port when the URL names none. */
    public static final int DEFAULT_PORT = 6379;

    /** What a password is shown as. */
    static final String MASK = "****";

    private final boolean tls;
    private final String host;
    private final int port;
    private final int database;
    private final String user;
    private final String password;

    private RedisUrl(boolean tls, String host, int port, int database, String user, String password) {
        this.tls = tls;
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password;
    }

    /**
     * Parses a URL.
     *
     * @param text the URL
     * @return its parts
     * @throws IllegalArgumentException saying what is wrong, in words that never include the password
     */
    public static RedisUrl parse(String text) {
        String url = text.trim();
        int separator = url.indexOf("://");
        if (separator < 0) {
            throw new IllegalArgumentException("it is not a URL (expected redis://host:port/database)");
        }
        String scheme = url.substring(0, separator).toLowerCase(Locale.ROOT);
        if (!scheme.equals("redis") && !scheme.equals("rediss")) {
            throw new IllegalArgumentException("the scheme must be redis or rediss (TLS), not " + quoted(scheme));
        }
        String rest = url.substring(separator + 3);
        // The last @ ends the user information, so that an unencoded @ in a password does not cut it short.
        int at = rest.lastIndexOf('@');
        String userInfo = at < 0 ? null : rest.substring(0, at);
        String location = rest.substring(at + 1);
        if (location.indexOf('?') >= 0 || location.indexOf('#') >= 0) {
            throw new IllegalArgumentException("query parameters and fragments are not supported");
        }
        int slash = location.indexOf('/');
        String hostAndPort = slash < 0 ? location : location.substring(0, slash);
        String path = slash < 0 ? "" : location.substring(slash + 1);

        String host;
        String portText;
        if (hostAndPort.startsWith("[")) {
            int close = hostAndPort.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("the IPv6 address lacks its closing ]");
            }
            host = hostAndPort.substring(1, close);
            String afterHost = hostAndPort.substring(close + 1);
            if (!afterHost.isEmpty() && !afterHost.startsWith(":")) {
                throw new IllegalArgumentException("the IPv6 address is followed by " + quoted(afterHost) + " instead of :port");
            }
            portText = afterHost.isEmpty() ? null : afterHost.substring(1);
            requireValidHost(host, "0123456789abcdefABCDEF:.%");
        } else {
            int colon = hostAndPort.indexOf(':');
            if (colon >= 0 && hostAndPort.indexOf(':', colon + 1) >= 0) {
                throw new IllegalArgumentException("an IPv6 address goes in brackets, as in redis://[::1]:6379");
            }
            host = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
            portText = colon < 0 ? null : hostAndPort.substring(colon + 1);
            requireValidHost(host, "-._");
        }
        int port = portText == null ? DEFAULT_PORT : number(portText, 1, 65535, "the port must be a number from 1 to 65535");
        int database = path.isEmpty() ? 0 : number(path, 0, Integer.MAX_VALUE, "the database must be a number, 0 or more");

        String user = null;
        String password = null;
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            if (colon < 0) {
                // redis://secret@host means a password to some clients and a user to others: make the writer say which.
                // Said in words: an example URL with a password in it would itself be masked in the heartbeat.
                throw new IllegalArgumentException("the user information has no ':' (a password alone needs a ':' "
                        + "before it; a user and a password, one between them)");
            }
            user = emptyToNull(decode(userInfo.substring(0, colon)));
            password = emptyToNull(decode(userInfo.substring(colon + 1)));
            if (user != null && password == null) {
                throw new IllegalArgumentException("the user " + quoted(user) + " has no password");
            }
        }
        return new RedisUrl(scheme.equals("rediss"), host, port, database, user, password);
    }

    /**
     * Masks the password of any text meant as a Redis URL, well-formed or not, so that it can be shown.
     * Everything after the first {@code :} of the user information is masked; user information without
     * {@code :} is masked whole, since it may be a password.
     *
     * @param text what was configured
     * @return the text with its password replaced by {@value #MASK}
     */
    public static String mask(String text) {
        int separator = text.indexOf("://");
        int start = separator < 0 ? 0 : separator + 3;
        int at = text.lastIndexOf('@');
        if (at < start) {
            return text;
        }
        String userInfo = text.substring(start, at);
        int colon = userInfo.indexOf(':');
        String masked = colon < 0 ? MASK : userInfo.substring(0, colon + 1) + MASK;
        return text.substring(0, start) + masked + text.substring(at);
    }

    private static void requireValidHost(String host, String allowedPunctuation) {
        if (host.isEmpty()) {
            throw new IllegalArgumentException("it names no host");
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean letterOrDigit = c < 128 && Character.isLetterOrDigit(c);
            if (!letterOrDigit && allowedPunctuation.indexOf(c) < 0) {
                throw new IllegalArgumentException("the host " + quoted(host) + " is not a host name or address");
            }
        }
    }

    private static int number(String text, int min, int max, String expected) {
        boolean digits = !text.isEmpty() && text.length() <= 10 && text.chars().allMatch(c -> c >= '0' && c <= '9');
        long value = digits ? Long.parseLong(text) : -1;
        if (value < min || value > max) {
            throw new IllegalArgumentException(expected + ", not " + quoted(text));
        }
        return (int) value;
    }

    /** Percent-decoding as in a URL's user information; unlike form decoding, {@code +} stays a plus. */
    private static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
            int low = high < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
            if (low < 0) {
                // Not quoted: the text may be part of the password.
                throw new IllegalArgumentException("the user information has a malformed %-escape");
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static String quoted(String text) {
        return "'" + text + "'";
    }

    /** @return whether the connection uses TLS ({@code rediss://}) */
    public boolean tls() {
        return tls;
    }

    /** @return the host name or address, an IPv6 address without its brackets */
    public String host() {
        return host;
    }

    /** @return the port */
    public int port() {
        return port;
    }

    /** @return the database number */
    public int database() {
        return database;
    }

    /** @return the user, when the URL names one (Redis 6 ACL); otherwise the default user */
    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    /** @return the password, when the URL has one */
    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /**
     * The URL in its full form, with the password masked: {@code redis://user:****@host:6379/0}.
     *
     * @return the URL, safe to show
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(tls ? "rediss://" : "redis://");
        if (password != null) {
            // parse() refuses a user without a password.
            text.append(user == null ? "" : user).append(':').append(MASK).append('@');
        }
        text.append(host.indexOf(':') >= 0 ? "[" + host + "]" : host);
        return text.append(':').append(port).append('/').append(database).toString();
    }
}
