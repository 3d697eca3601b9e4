package dev.dockerflow.jakarta.internal.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** POST to a Dockerflow endpoint: 405 with an Allow header listing GET and HEAD, and a JSON error. */
class MethodNotAllowedTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with();

    @ParameterizedTest
    @ValueSource(strings = {"/__version__", "/__heartbeat__", "/__lbheartbeat__"})
    void postIsNotAllowed(String path) {
        HttpResponse<String> response = app.send("POST", path);

        assertEquals(405, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("{\"status\":405,\"error\":\"method not allowed\"}", response.body());
        List<String> allowHeaders = response.headers().allValues("Allow");
        Set<String> allowed = allowHeaders.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim)
                .collect(Collectors.toSet());
        assertTrue(allowed.containsAll(Set.of("GET", "HEAD")), "Allow: " + allowHeaders);
        assertTrue(!allowed.contains("POST"), "Allow: " + allowHeaders);
    }
}
