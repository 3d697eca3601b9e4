package dev.dockerflow.samples.notes.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The static files the build prepared under {@code static/} on the class path: each file, its
 * fingerprinted copies, and their gzip and brotli variants. They are all read when the bean is
 * created: they are few and small, never change while the service runs, and a request then reads no
 * file.
 */
@ApplicationScoped
public class StaticFiles {

    private final Set<String> fingerprinted;
    // Only the names the build listed, so that nothing else on the class path is ever served
    private final Map<String, Map<ContentCoding, StaticFile>> files = new HashMap<>();

    /** Reads the manifest the build wrote, and every file and variant it lists. */
    public StaticFiles() {
        Properties manifest = new Properties();
        try (InputStream in = resource("manifest.properties")) {
            if (in == null) {
                throw new IllegalStateException("static/manifest.properties is missing: the build prepares it");
            }
            manifest.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> names = manifest.stringPropertyNames();
        fingerprinted = names.stream().filter(name -> !manifest.getProperty(name).equals(name))
                .map(manifest::getProperty).collect(Collectors.toUnmodifiableSet());
        for (String name : names) {
            load(name);
            load(manifest.getProperty(name));
        }
    }

    /**
     * @param name a file name
     * @return whether it is a fingerprinted name, whose content never changes
     */
    public boolean isFingerprinted(String name) {
        return fingerprinted.contains(name);
    }

    /**
     * One variant of a file.
     *
     * @param name   the file's name, as requested
     * @param coding the variant
     * @return it, or empty when there is no such file or variant
     */
    public Optional<StaticFile> variant(String name, ContentCoding coding) {
        return Optional.ofNullable(files.getOrDefault(name, Map.of()).get(coding));
    }

    private void load(String name) {
        Map<ContentCoding, StaticFile> variants = new EnumMap<>(ContentCoding.class);
        for (ContentCoding coding : ContentCoding.values()) {
            try (InputStream in = resource(name + coding.suffix())) {
                if (in != null) {
                    variants.put(coding, StaticFile.of(in.readAllBytes()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.put(name, variants);
    }

    private static InputStream resource(String file) {
        return StaticFiles.class.getClassLoader().getResourceAsStream("static/" + file);
    }
}
