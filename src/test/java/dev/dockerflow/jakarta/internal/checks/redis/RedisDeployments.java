package dev.dockerflow.jakarta.internal.checks.redis;

import java.util.ArrayList;
import java.util.List;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.TcpFaultProxy;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Deployments made inside a test, where each parameter wants its own configuration, stopped after the test whatever
 * happened in it.
 */
final class RedisDeployments implements AfterEachCallback {

    private final List<DockerflowApp> started = new ArrayList<>();

    /**
     * A deployment whose heartbeat runs the {@code redis} check alone.
     *
     * @param url {@code dockerflow.redis.url}
     * @param beans the scenario's beans
     * @return the deployment, not started: add configuration, then {@link #start(DockerflowApp)}
     */
    static DockerflowApp redisCheck(String url, Class<?>... beans) {
        return DockerflowApp.with(beans)
                .config("dockerflow.heartbeat.details", "always")
                .config("dockerflow.checks", "redis")
                .config("dockerflow.redis.url", url);
    }

    /**
     * A deployment whose heartbeat runs the {@code redis} check alone, with the scenario's {@code RedisPing} bean and a
     * {@code dockerflow.redis.url} where nothing listens: only the application's own client can make the check ok.
     *
     * @param beans the scenario's beans, producing the application's Redis client and its {@code RedisPing}
     * @return the deployment, not started
     */
    static DockerflowApp applicationClient(Class<?>... beans) {
        return DockerflowApp.with(beans)
                .config("dockerflow.heartbeat.details", "always")
                .config("dockerflow.checks", "redis")
                .config("dockerflow.redis.url", "redis://127.0.0.1:" + TcpFaultProxy.freePort() + "/0");
    }

    /**
     * @param app a deployment
     * @return it, started, to be stopped after the test, and asked once for {@code /__lbheartbeat__}, which touches no
     *         backing service, so that a heartbeat timed next is not timed with the server's first request
     */
    DockerflowApp start(DockerflowApp app) {
        app.start();
        started.add(app);
        app.get("/__lbheartbeat__");
        return app;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        started.forEach(DockerflowApp::stop);
        started.clear();
    }
}
