package dev.dockerflow.jakarta.internal.checks.redis;

import static dev.dockerflow.jakarta.internal.checks.redis.RedisDeployments.redisCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.NoSuchAlgorithmException;
import java.util.Set;

import javax.net.ssl.SSLContext;

import dev.dockerflow.jakarta.heartbeat.MessageIds;
import dev.dockerflow.jakarta.testing.TimedHeartbeat;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code rediss://} to a private redis-server with TLS, whose throwaway certificate names {@code localhost} alone: with
 * the JVM trusting it (its default SSLContext, as an operator's trust store would set it), the check is ok by that name
 * and, with a password and a database, over the same TLS connection; by address the certificate does not match the
 * host, dockerflow.health.E004, unless {@code verifyPeer=CA} asks only for a trusted certificate; and a certificate the
 * JVM does not trust is dockerflow.health.E004 whatever the name. The JDK's words for why are its own (JDK 25 puts
 * the TLS alert before them): the scenario looks for their gist.
 */
class TlsRedisTest {

    @RegisterExtension
    PrivateRedis redis = PrivateRedis.withPassword(PasswordAcceptedTest.PASSWORD).tls();

    @RegisterExtension
    RedisDeployments deployments = new RedisDeployments();

    private SSLContext jvmDefault;

    @BeforeEach
    void trustTheCertificate() throws NoSuchAlgorithmException {
        jvmDefault = SSLContext.getDefault();
        SSLContext.setDefault(redis.certificate().trusting());
    }

    @AfterEach
    void restoreTheJvmsTrust() {
        SSLContext.setDefault(jvmDefault);
    }

    @Test
    void isOkByTheCertificatesName() {
        String url = "rediss://:" + PasswordAcceptedTest.PASSWORD + "@localhost:" + redis.tlsPort() + "/2";

        assertEquals(RedisBodies.ok(), TimedHeartbeat.of(deployments.start(redisCheck(url))).json());
    }

    @Test
    void anotherNameIsRefused() {
        String text = cannotConnect("rediss://127.0.0.1:" + redis.tlsPort());

        assertTrue(text.startsWith("cannot connect to Redis at rediss://127.0.0.1:" + redis.tlsPort() + "/0: TLS handshake failed: "), text);
        assertTrue(text.contains("No subject alternative names matching IP address 127.0.0.1"), text);
    }

    @Test
    void verifyPeerCaTrustsTheCertificateWhateverItsName() {
        String url = "rediss://:" + PasswordAcceptedTest.PASSWORD + "@127.0.0.1:" + redis.tlsPort() + "?verifyPeer=CA";

        assertEquals(RedisBodies.ok(), TimedHeartbeat.of(deployments.start(redisCheck(url))).json());
    }

    @Test
    void anUntrustedCertificateIsRefused() {
        SSLContext.setDefault(jvmDefault);

        String text = cannotConnect("rediss://localhost:" + redis.tlsPort());

        assertTrue(text.startsWith("cannot connect to Redis at rediss://localhost:" + redis.tlsPort() + "/0: TLS handshake failed: "), text);
        assertTrue(text.contains("PKIX path building failed"), text);
    }

    /** @return the text of the dockerflow.health.E004 that the heartbeat, whose only check is redis, reports alone */
    private String cannotConnect(String url) {
        JsonObject body = TimedHeartbeat.of(deployments.start(redisCheck(url))).json();
        JsonObject messages = body.getJsonObject("details").getJsonObject("redis").getJsonObject("messages");
        assertEquals(Set.of(MessageIds.REDIS_CANNOT_CONNECT), messages.keySet(), body.toString());
        return messages.getString(MessageIds.REDIS_CANNOT_CONNECT);
    }
}
