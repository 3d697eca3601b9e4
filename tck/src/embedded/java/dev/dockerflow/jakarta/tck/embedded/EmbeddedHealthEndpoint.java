package dev.dockerflow.jakarta.tck.embedded;

import java.io.IOException;

import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.enterprise.inject.spi.CDI;

/** The embedded runtime's own MicroProfile Health endpoint, {@code /health}, served by SmallRye Health. */
final class EmbeddedHealthEndpoint extends HttpHandler {

    @Override
    public void service(Request request, Response response) throws IOException {
        SmallRyeHealthReporter reporter = CDI.current().select(SmallRyeHealthReporter.class).get();
        SmallRyeHealth health = reporter.getHealth();
        response.setStatus(health.isDown() ? 503 : 200);
        response.setContentType("application/json");
        reporter.reportHealth(response.getOutputStream(), health);
    }
}
