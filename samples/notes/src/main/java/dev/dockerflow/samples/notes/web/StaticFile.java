package dev.dockerflow.samples.notes.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One variant of a static file, with the entity tag that names its content.
 *
 * @param bytes what is sent
 * @param etag  a strong entity tag, quoted, from the SHA-256 of the bytes
 */
public record StaticFile(byte[] bytes, String etag) {

    /**
     * @param bytes a variant's content
     * @return the variant, its entity tag computed once
     */
    public static StaticFile of(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new StaticFile(bytes, '"' + HexFormat.of().formatHex(digest, 0, 16) + '"');
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
