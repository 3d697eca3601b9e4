package dev.dockerflow.samples.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/** Runs the service as a server would: CDI with bean discovery, and the application over HTTP. */
class HelloApplicationTest {

    private static WeldContainer container;
    private static HttpServer server;
    private static URI base;
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            // Plain HTTP/1.1: Grizzly, without its HTTP/2 add-on, answers the h2c upgrade that HttpClient
            // asks for by default without the response's Content-Type.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @BeforeAll
    static void start() {
        container = new Weld().initialize();
        server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
                ResourceConfig.forApplicationClass(HelloApplication.class));
        base = URI.create("http://127.0.0.1:" + server.getListeners().iterator().next().getPort() + "/");
    }

    @AfterAll
    static void stop() {
        try {
            if (server != null) {
                server.shutdownNow();
            }
        } finally {
            if (container != null) {
                container.shutdown();
            }
        }
    }

    @Test
    void greets() throws Exception {
        HttpResponse<String> response = get("hello");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(HelloResource.GREETING, json(response.body()).getString("greeting"));
    }

    @Test
    void heartbeatIsOk() throws Exception {
        HttpResponse<String> response = get("__heartbeat__");

        assertEquals(200, response.statusCode(), response.body());
        JsonObject heartbeat = json(response.body());
        assertEquals("ok", heartbeat.getString("status"), response.body());
        assertEquals("ok", heartbeat.getJsonObject("checks").getString("greeting"), response.body());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
