package dev.dockerflow.jakarta.internal.checks.redis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throwaway self-signed certificate and its key, made by the JDK's keytool in a folder of the test's own for one
 * run, and written as the PEM files {@code redis-server} reads; an {@link SSLContext} that trusts it, for the client.
 */
record TestCertificate(Path certificateFile, Path keyFile, SSLContext trusting) {

    private static final char[] STORE_PASSWORD = "throwaway".toCharArray();

    /**
     * @param dnsName the one name the certificate is for (no IP address: connecting by address fails verification)
     * @param dir where to write the key store and the PEM files
     * @return the certificate
     */
    static TestCertificate forDnsName(String dnsName, Path dir) throws IOException, GeneralSecurityException, InterruptedException {
        Path store = dir.resolve("redis.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "redis",
                "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + dnsName, "-ext", "san=dns:" + dnsName,
                "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", new String(STORE_PASSWORD), "-keypass", new String(STORE_PASSWORD)))
                .redirectErrorStream(true).redirectOutput(dir.resolve("keytool.log").toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool failed: " + Files.readString(dir.resolve("keytool.log")));
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, STORE_PASSWORD);
        }
        Certificate certificate = keys.getCertificate("redis");
        Path certificateFile = pem(dir.resolve("redis.crt"), "CERTIFICATE", certificate.getEncoded());
        Path keyFile = pem(dir.resolve("redis.key"), "PRIVATE KEY", keys.getKey("redis", STORE_PASSWORD).getEncoded());

        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("redis", certificate);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return new TestCertificate(certificateFile, keyFile, context);
    }

    private static Path pem(Path file, String type, byte[] der) throws IOException {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return Files.writeString(file, "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n");
    }
}
