package dev.dockerflow.jakarta.tck;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

import dev.dockerflow.jakarta.DockerflowFeature;
import dev.dockerflow.jakarta.tck.deployment.SmokeCheck;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Stereotype;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.inject.Scope;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * One application deployed for a scenario: a CDI container and a Jakarta REST application serving
 * {@link DockerflowFeature} over HTTP on a free loopback port.
 *
 * <p>CDI bean discovery is on, as in an application server: the library's beans come from its own
 * {@code META-INF/beans.xml}. Of the classes in the {@code deployment} package, only those the
 * scenario names are deployed, as with an Arquillian archive.
 */
public final class Deployment implements AutoCloseable {

    private static final String DEPLOYMENT_PACKAGE = SmokeCheck.class.getPackageName();

    private final WeldContainer container;
    private final HttpServer server;
    private final URI base;
    private final HttpClient client = HttpClient.newBuilder()
            // Plain HTTP/1.1: Grizzly, without its HTTP/2 add-on, answers the h2c upgrade that HttpClient
            // asks for by default without the response's Content-Type.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private Deployment(WeldContainer container, HttpServer server, URI base) {
        this.container = container;
        this.server = server;
        this.base = base;
    }

    /**
     * Deploys an application made of the library and the given beans.
     *
     * @param beans the classes of the {@code deployment} package that this scenario deploys
     * @return the running deployment
     */
    public static Deployment of(Class<?>... beans) {
        WeldContainer container = new Weld().addExtension(new OnlyTheseBeans(Set.of(beans))).initialize();
        try {
            ResourceConfig application = new ResourceConfig().register(DockerflowFeature.class);
            HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), application);
            int port = server.getListeners().iterator().next().getPort();
            return new Deployment(container, server, URI.create("http://127.0.0.1:" + port + "/"));
        } catch (RuntimeException e) {
            container.shutdown();
            throw e;
        }
    }

    /**
     * Sends a GET request to the application.
     *
     * @param path a path relative to the application's root, such as {@code __heartbeat__}
     * @return the response, its body as text
     */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Parses a JSON document.
     *
     * @param text the document
     * @return its value
     */
    public static JsonValue json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    @Override
    public void close() {
        try {
            server.shutdownNow();
        } finally {
            container.shutdown();
        }
    }

    /** Vetoes the classes of the {@code deployment} package that the scenario does not deploy. */
    public static final class OnlyTheseBeans implements Extension {

        private final Set<Class<?>> beans;

        OnlyTheseBeans(Set<Class<?>> beans) {
            this.beans = beans;
        }

        void vetoOthers(@Observes @WithAnnotations({NormalScope.class, Scope.class, Stereotype.class})
                ProcessAnnotatedType<?> event) {
            Class<?> type = event.getAnnotatedType().getJavaClass();
            if (type.getPackageName().equals(DEPLOYMENT_PACKAGE) && !beans.contains(type)) {
                event.veto();
            }
        }
    }
}
