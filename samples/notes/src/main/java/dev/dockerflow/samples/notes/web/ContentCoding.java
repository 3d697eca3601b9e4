package dev.dockerflow.samples.notes.web;

import java.util.List;
import java.util.Locale;

/**
 * The precompressed variants a static file may have, best first, and which of them a request's
 * {@code Accept-Encoding} allows (RFC 9110, section 12.5.3).
 */
public enum ContentCoding {

    /** Brotli, the smallest. */
    BROTLI("br", ".br"),
    /** gzip, which every client takes. */
    GZIP("gzip", ".gz"),
    /** The file as it is. */
    IDENTITY("identity", "");

    private final String token;
    private final String suffix;

    ContentCoding(String token, String suffix) {
        this.token = token;
        this.suffix = suffix;
    }

    /** @return the coding's name in {@code Accept-Encoding} and {@code Content-Encoding} */
    public String token() {
        return token;
    }

    /** @return what the build appends to a file's name for this variant */
    public String suffix() {
        return suffix;
    }

    /**
     * The codings a request accepts, best first. A coding with {@code q=0} is refused, {@code *}
     * stands for every coding not named, and identity is acceptable unless refused.
     *
     * @param acceptEncoding the header's value, or {@code null} when the request has none
     * @return the acceptable codings, brotli before gzip before identity
     */
    public static List<ContentCoding> acceptable(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isBlank()) {
            return List.of(IDENTITY);
        }
        return List.of(values()).stream().filter(coding -> coding.quality(acceptEncoding) > 0).toList();
    }

    private double quality(String acceptEncoding) {
        Double named = null;
        Double wildcard = null;
        for (String element : acceptEncoding.split(",")) {
            String[] parts = element.split(";");
            String name = parts[0].trim().toLowerCase(Locale.ROOT);
            double q = qValue(parts);
            if (name.equals(token) || (this == GZIP && name.equals("x-gzip"))) {
                named = q;
            } else if (name.equals("*")) {
                wildcard = q;
            }
        }
        if (named != null) {
            return named;
        }
        if (wildcard != null) {
            return wildcard;
        }
        return this == IDENTITY ? 1 : 0;
    }

    private static double qValue(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].trim();
            if (parameter.length() > 2 && parameter.substring(0, 2).equalsIgnoreCase("q=")) {
                try {
                    double q = Double.parseDouble(parameter.substring(2).trim());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
