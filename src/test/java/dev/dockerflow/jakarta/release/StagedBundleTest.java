package dev.dockerflow.jakarta.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a staged release, the directory {@code mvn deploy -DaltDeploymentRepository=...::file:DIR} writes, against
 * what Maven Central requires of a deployment (its "Requirements" page):
 * <ol>
 *   <li>coordinates: each artifact lies at groupId/artifactId/version, its POM says the same, and the version is a
 *       release, not a SNAPSHOT;</li>
 *   <li>a jar comes with a {@code -sources.jar} and a {@code -javadoc.jar}, each holding what it says;</li>
 *   <li>every file has a {@code .md5} and a {@code .sha1} (a {@code .sha256} or {@code .sha512} is optional), and
 *       each checksum matches;</li>
 *   <li>every file has an {@code .asc} signature that gpg verifies;</li>
 *   <li>each POM has a name, a description, a URL, a licence with a name and URL, a developer and an SCM with a
 *       URL and a connection;</li>
 *   <li>nothing depends on a SNAPSHOT, and a parent POM is in the deployment too.</li>
 * </ol>
 * Run by {@code .ci/release-check}, which stages the release with a throwaway key and passes the directory as
 * {@code dockerflow.staging}; the key's keyring is gpg's ({@code GNUPGHOME}).
 */
@EnabledIfSystemProperty(named = "dockerflow.staging", matches = ".+")
class StagedBundleTest {

    private static final String GROUP = "dev.dockerflow";
    private static final List<String> CHECKSUMS = List.of("md5", "sha1", "sha256", "sha512");
    private static final Map<String, String> DIGESTS =
            Map.of("md5", "MD5", "sha1", "SHA-1", "sha256", "SHA-256", "sha512", "SHA-512");

    private final Path staging = Path.of(System.getProperty("dockerflow.staging"));

    @Test
    void theBundleHoldsTheBomTheLibraryAndTheKit() throws IOException {
        assertEquals(List.of("dockerflow-jakarta", "dockerflow-jakarta-bom", "dockerflow-jakarta-tck"),
                artifactIds());
        for (String artifactId : artifactIds()) {
            assertEquals(1, versionDirectories(artifactId).size(), artifactId + " has one version");
        }
    }

    @Test
    void coordinatesMatchThePathAndAreReleases() throws Exception {
        for (Path pom : poms()) {
            Path versionDirectory = pom.getParent();
            String version = versionDirectory.getFileName().toString();
            String artifactId = versionDirectory.getParent().getFileName().toString();
            Document document = parse(pom);
            assertEquals(GROUP, inheritable(document, "groupId"), pom.toString());
            assertEquals(artifactId, text(document.getDocumentElement(), "artifactId"), pom.toString());
            assertEquals(version, inheritable(document, "version"), pom.toString());
            assertEquals(artifactId + "-" + version + ".pom", pom.getFileName().toString());
            assertFalse(version.endsWith("-SNAPSHOT"), "a release: " + pom);
        }
    }

    @Test
    void everyJarHasSourcesAndJavadoc() throws IOException {
        for (Path pom : poms()) {
            String base = pom.getFileName().toString().replaceFirst("\\.pom$", "");
            Path jar = pom.resolveSibling(base + ".jar");
            if (!Files.exists(jar)) {
                continue;
            }
            assertHolds(jar, ".class");
            assertHolds(pom.resolveSibling(base + "-sources.jar"), ".java");
            assertHolds(pom.resolveSibling(base + "-javadoc.jar"), "index.html");
        }
        assertTrue(Files.exists(version("dockerflow-jakarta").resolve(fileName("dockerflow-jakarta", ".jar"))));
        assertTrue(Files.exists(version("dockerflow-jakarta-tck").resolve(fileName("dockerflow-jakarta-tck", ".jar"))));
    }

    @Test
    void everyFileHasAnMd5AndSha1ThatMatch() throws Exception {
        for (Path file : deployedFiles()) {
            assertTrue(Files.exists(sibling(file, "md5")), "an .md5 for " + file);
            assertTrue(Files.exists(sibling(file, "sha1")), "a .sha1 for " + file);
            for (String algorithm : CHECKSUMS) {
                Path checksum = sibling(file, algorithm);
                if (Files.exists(checksum)) {
                    String expected = Files.readString(checksum, StandardCharsets.US_ASCII).trim().split("\\s+")[0];
                    assertEquals(expected.toLowerCase(), digest(file, algorithm), checksum.toString());
                }
            }
        }
    }

    @Test
    void everyFileHasASignatureThatGpgVerifies() throws Exception {
        for (Path file : deployedFiles()) {
            Path signature = sibling(file, "asc");
            assertTrue(Files.exists(signature), "an .asc for " + file);
            Process gpg = new ProcessBuilder("gpg", "--batch", "--verify", signature.toString(), file.toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(gpg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(gpg.waitFor(60, TimeUnit.SECONDS), "gpg answers");
            assertEquals(0, gpg.exitValue(), "gpg verifies " + signature + ":\n" + output);
        }
    }

    @Test
    void everyPomHasTheMetadataCentralAsksFor() throws Exception {
        for (Path pom : poms()) {
            for (String element : List.of("name", "description", "url")) {
                assertFalse(text(metadata(pom, element), element).isBlank(), element + " in " + pom);
            }
            Element license = child(child(metadata(pom, "licenses"), "licenses", pom), "license", pom);
            assertFalse(text(license, "name").isBlank(), "a licence name in " + pom);
            assertTrue(text(license, "url").startsWith("https://"), "a licence URL in " + pom);
            Element developer = child(child(metadata(pom, "developers"), "developers", pom), "developer", pom);
            assertFalse(text(developer, "name").isBlank(), "a developer in " + pom);
            Element scm = optionalChild(metadata(pom, "scm"), "scm");
            assertTrue(scm != null && text(scm, "url").startsWith("https://"), "an SCM URL in " + pom);
            assertTrue(text(scm, "connection").startsWith("scm:"), "an SCM connection in " + pom);
        }
    }

    @Test
    void nothingDependsOnASnapshotAndEveryParentIsDeployed() throws Exception {
        for (Path pom : poms()) {
            Element project = parse(pom).getDocumentElement();
            var versions = project.getElementsByTagName("version");
            for (int i = 0; i < versions.getLength(); i++) {
                assertFalse(versions.item(i).getTextContent().contains("SNAPSHOT"), "no SNAPSHOT in " + pom);
            }
            Element parent = optionalChild(project, "parent");
            if (parent != null) {
                assertEquals(GROUP, text(parent, "groupId"), pom.toString());
                Path parentPom = parentPom(parent);
                assertTrue(Files.exists(parentPom), "the parent of " + pom + " is deployed: " + parentPom);
            }
        }
    }

    private List<String> artifactIds() throws IOException {
        try (Stream<Path> children = Files.list(staging.resolve(GROUP.replace('.', '/')))) {
            return children.filter(Files::isDirectory).map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private List<Path> versionDirectories(String artifactId) throws IOException {
        try (Stream<Path> children = Files.list(staging.resolve(GROUP.replace('.', '/')).resolve(artifactId))) {
            return children.filter(Files::isDirectory).toList();
        }
    }

    private Path version(String artifactId) throws IOException {
        return versionDirectories(artifactId).get(0);
    }

    private String fileName(String artifactId, String suffix) throws IOException {
        return artifactId + "-" + version(artifactId).getFileName() + suffix;
    }

    private List<Path> poms() throws IOException {
        List<Path> poms = new ArrayList<>();
        for (String artifactId : artifactIds()) {
            poms.add(version(artifactId).resolve(fileName(artifactId, ".pom")));
        }
        return poms;
    }

    /** The files a deployment is made of: everything in a version directory but checksums and signatures. */
    private List<Path> deployedFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String artifactId : artifactIds()) {
            try (Stream<Path> children = Files.list(version(artifactId))) {
                children.filter(path -> !isChecksumOrSignature(path)).sorted().forEach(files::add);
            }
        }
        assertFalse(files.isEmpty(), "files staged under " + staging);
        return files;
    }

    private static boolean isChecksumOrSignature(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".asc") || CHECKSUMS.stream().anyMatch(algorithm -> name.endsWith("." + algorithm));
    }

    private static Path sibling(Path file, String extension) {
        return file.resolveSibling(file.getFileName() + "." + extension);
    }

    private static String digest(Path file, String algorithm) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance(DIGESTS.get(algorithm));
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[8192];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void assertHolds(Path jar, String entrySuffix) throws IOException {
        assertTrue(Files.exists(jar), jar + " is staged");
        try (JarFile file = new JarFile(jar.toFile())) {
            assertTrue(file.stream().anyMatch(entry -> entry.getName().endsWith(entrySuffix)),
                    jar + " holds a " + entrySuffix);
        }
    }

    private static Document parse(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    /**
     * The project element of the POM that gives {@code name}: this one, or the nearest parent in the deployment
     * (a POM inherits its metadata, as Maven reads it).
     */
    private Element metadata(Path pom, String name) throws Exception {
        Element project = parse(pom).getDocumentElement();
        Element parent = optionalChild(project, "parent");
        if (optionalChild(project, name) != null || parent == null) {
            return project;
        }
        return metadata(parentPom(parent), name);
    }

    private Path parentPom(Element parent) {
        String artifactId = text(parent, "artifactId");
        String version = text(parent, "version");
        return staging.resolve(text(parent, "groupId").replace('.', '/'))
                .resolve(artifactId)
                .resolve(version)
                .resolve(artifactId + "-" + version + ".pom");
    }

    /** A coordinate the POM states itself or takes from its parent. */
    private static String inheritable(Document document, String name) {
        Element project = document.getDocumentElement();
        String own = text(project, name);
        if (!own.isEmpty()) {
            return own;
        }
        Element parent = optionalChild(project, "parent");
        return parent == null ? "" : text(parent, name);
    }

    private static String text(Element element, String name) {
        Element child = optionalChild(element, name);
        return child == null ? "" : child.getTextContent().trim();
    }

    private static Element child(Element element, String name, Path pom) {
        Element child = optionalChild(element, name);
        if (child == null) {
            fail("<" + name + "> in " + pom);
        }
        return child;
    }

    private static Element optionalChild(Element element, String name) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && child.getTagName().equals(name)) {
                return child;
            }
        }
        return null;
    }
}
