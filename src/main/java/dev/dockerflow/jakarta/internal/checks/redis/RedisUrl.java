package dev.dockerflow.jakarta.internal.checks.redis;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code dockerflow.redis.url}, read as Jedis and Lettuce read one: {@code redis://[[user]:password@]host[:port][/db]},
 * {@code rediss://} (or {@code redis+ssl://}) for TLS; user information without {@code :} is a password, as Lettuce
 * takes it. Query parameters: {@code database} or {@code db} (over the path's), {@code verifyPeer=FULL|CA}; the
 * clients' {@code timeout}, {@code clientName}, {@code libraryName}, {@code libraryVersion} and {@code protocol} are
 * ignored, since the check's waits come from the heartbeat's timeout, it names its connection itself, and its
 * commands answer alike in RESP2 and RESP3. {@link #toString()} masks the password. Not API.
 *
 * @param verifyHost whether the TLS certificate must name the host ({@code verifyPeer=FULL}, the default)
 */
record RedisUrl(boolean tls, String host, int port, int database, String user, String password, boolean verifyHost) {

    static final String MASK = "****";
    private static final Pattern HOST_PORT = Pattern.compile("(\\[[^\\]]*]|[^:\\[\\]]*)(?::([^:]*))?");

    /** @throws IllegalArgumentException saying what is wrong, never quoting the password */
    static RedisUrl parse(String text) {
        URI uri;
        try {
            uri = new URI(encodeUserInfo(text.trim()));
        } catch (URISyntaxException e) {
            throw invalid(e.getReason() + " at index " + e.getIndex());
        }
        String scheme = uri.getScheme() == null || uri.isOpaque() ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.isEmpty()) {
            throw invalid("it is not a URL (expected redis://host:port/database)");
        }
        boolean tls = scheme.equals("rediss") || scheme.equals("redis+ssl");
        if (!tls && !scheme.equals("redis")) {
            throw invalid("the scheme must be redis or rediss (TLS), not '" + scheme + "'");
        }
        if (uri.getRawFragment() != null) {
            throw invalid("a fragment (#) has no meaning here");
        }
        String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
        int at = authority.lastIndexOf('@');
        Matcher hostPort = HOST_PORT.matcher(authority.substring(at + 1));
        if (!hostPort.matches()) {
            throw invalid("'" + authority.substring(at + 1) + "' is not host[:port] (an IPv6 address goes in brackets)");
        }
        String host = decode(hostPort.group(1).replaceAll("^\\[|]$", ""));
        if (!host.matches("[\\w.-]+|[\\p{XDigit}:.]+(%[\\w.-]+)?")) {
            throw invalid(host.isEmpty() ? "it names no host" : "the host '" + host + "' is not a host name or address");
        }
        int port = hostPort.group(2) == null ? 6379 : number(hostPort.group(2), 1, 65535, "the port");
        String path = uri.getPath().replaceFirst("^/", "");
        int database = number(path.isEmpty() ? "0" : path, 0, Integer.MAX_VALUE, "the database");
        boolean verifyHost = true;
        for (String parameter : uri.getRawQuery() == null ? new String[0] : uri.getRawQuery().split("[&;]")) {
            String[] pair = parameter.split("=", 2);
            String value = pair.length < 2 ? "" : decode(pair[1]);
            switch (pair[0].toLowerCase(Locale.ROOT)) {
                case "database", "db" -> database = number(value, 0, Integer.MAX_VALUE, "the database");
                case "verifypeer" -> verifyHost = switch (value.toUpperCase(Locale.ROOT)) {
                    case "FULL" -> true;
                    case "CA" -> false;
                    default -> throw invalid("verifyPeer must be FULL or CA (the certificate is always verified), not '" + value + "'");
                };
                case "timeout", "clientname", "libraryname", "libraryversion", "protocol", "" -> { }
                default -> throw invalid("the query parameter '" + pair[0] + "' is not one the check knows (database, db, verifyPeer)");
            }
        }
        String info = at < 0 ? "" : authority.substring(0, at);
        int colon = info.indexOf(':');
        String user = colon > 0 ? decode(info.substring(0, colon)) : null;
        String password = decode(info.substring(colon + 1));
        if (user != null && password.isEmpty()) {
            throw invalid("the user '" + user + "' has no password");
        }
        return new RedisUrl(tls, host, port, database, user, password.isEmpty() ? null : password, verifyHost);
    }

    /**
     * Masks the password of any text meant as a Redis URL, valid or not: all of the user information but a user before
     * its first {@code :}, up to the last {@code @}, since a password may hold any character unencoded.
     */
    static String mask(String text) {
        int start = userInfoStart(text);
        int at = text.lastIndexOf('@');
        if (at < start) {
            return text;
        }
        int colon = text.indexOf(':', start);
        return text.substring(0, colon < 0 || colon > at ? start : colon + 1) + MASK + text.substring(at);
    }

    /** Percent-encodes what would end the user information early (a password's unencoded {@code / ? # @}). */
    private static String encodeUserInfo(String text) {
        int start = userInfoStart(text);
        int at = text.lastIndexOf('@');
        return at < start ? text : text.substring(0, start) + text.substring(start, at).replace("@", "%40")
                .replace("/", "%2F").replace("?", "%3F").replace("#", "%23") + text.substring(at);
    }

    private static int userInfoStart(String text) {
        int separator = text.indexOf("://");
        return separator < 0 ? 0 : separator + 3;
    }

    private static String decode(String raw) {
        // The whole URL parsed, so its escapes are well formed: the URI class decodes them, as UTF-8.
        return raw.isEmpty() ? raw : URI.create("x:" + raw).getSchemeSpecificPart();
    }

    private static int number(String text, int min, int max, String what) {
        long value = text.matches("\\d{1,10}") ? Long.parseLong(text) : -1;
        if (value < min || value > max) {
            throw invalid(what + " must be a number from " + min + " to " + max + ", not '" + text + "'");
        }
        return (int) value;
    }

    private static IllegalArgumentException invalid(String reason) {
        return new IllegalArgumentException(reason);
    }

    /** @return the URL with its password masked: {@code redis://user:****@host:6379/0} */
    @Override
    public String toString() {
        String credentials = password == null ? "" : (user == null ? "" : user) + ":" + MASK + "@";
        return (tls ? "rediss://" : "redis://") + credentials + (host.contains(":") ? "[" + host + "]" : host)
                + ":" + port + "/" + database;
    }
}
