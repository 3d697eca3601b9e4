import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;

/**
 * Prepares the service's static files at build time, as WhiteNoise does for a Django service.
 *
 * <p>Every file of the source folder is copied as is and, except the pages, also under a fingerprinted
 * name ({@code app.css} becomes {@code app.3f2a9c01b7e4.css}, the first 12 hex digits of its SHA-256),
 * so that it can be cached for a year: a change makes a new name. The pages ({@code *.html}) refer to
 * the fingerprinted names. Text files also get precompressed {@code .gz} and {@code .br} variants, so
 * that the server picks one by {@code Accept-Encoding} and never compresses on a request's path.
 * {@code manifest.properties} maps each name to its fingerprinted name (a page to itself): the server
 * serves the names it lists and nothing else.
 *
 * <p>Run with the source folder and the output folder as arguments.
 */
public final class PrepareStaticFiles {

    private static final List<String> COMPRESSIBLE = List.of(".html", ".css", ".js", ".svg", ".json", ".txt");

    private PrepareStaticFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Brotli4jLoader.ensureAvailability();
        Files.createDirectories(target);

        List<Path> files;
        try (Stream<Path> listing = Files.list(source)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }

        // Assets first, so that the pages can be rewritten to their fingerprinted names
        Map<String, String> manifest = new TreeMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!name.endsWith(".html")) {
                manifest.put(name, fingerprinted(name, Files.readAllBytes(file)));
            }
        }
        List<String> pages = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            byte[] content = Files.readAllBytes(file);
            if (name.endsWith(".html")) {
                String page = new String(content, StandardCharsets.UTF_8);
                for (Map.Entry<String, String> asset : manifest.entrySet()) {
                    page = page.replace("static/" + asset.getKey(), "static/" + asset.getValue());
                }
                write(target, name, page.getBytes(StandardCharsets.UTF_8));
                pages.add(name);
            } else {
                write(target, name, content);
                write(target, manifest.get(name), content);
            }
        }

        StringBuilder properties = new StringBuilder("# name = fingerprinted name, written by the build\n");
        pages.forEach(page -> manifest.put(page, page));
        manifest.forEach((name, hashed) -> properties.append(name).append('=').append(hashed).append('\n'));
        Files.writeString(target.resolve("manifest.properties"), properties);
        System.out.println("[static] " + files.size() + " files prepared in " + target);
    }

    private static String fingerprinted(String name, byte[] content) {
        int dot = name.lastIndexOf('.');
        String hash = HexFormat.of().formatHex(sha256(content)).substring(0, 12);
        return dot < 0 ? name + "." + hash : name.substring(0, dot) + "." + hash + name.substring(dot);
    }

    private static void write(Path folder, String name, byte[] content) throws IOException {
        Files.write(folder.resolve(name), content);
        if (COMPRESSIBLE.stream().anyMatch(name::endsWith)) {
            Files.write(folder.resolve(name + ".gz"), gzip(content));
            Files.write(folder.resolve(name + ".br"), Encoder.compress(content, new Encoder.Parameters().setQuality(11)));
        }
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
