package dev.dockerflow.jakarta.tck;

import static dev.dockerflow.jakarta.tck.Http.get;
import static dev.dockerflow.jakarta.tck.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import jakarta.json.JsonObject;

/** A base dir version.json that is not JSON: 500 with a JSON error naming the problem, and no internals. */
@ExtendWith(ArquillianExtension.class)
class VersionMalformedTest {

    static final Path BASE_DIR = TckFiles.emptyFolder();

    @Deployment(testable = false)
    static WebArchive deployment() {
        TckFiles.write(BASE_DIR.resolve("version.json"), "{\"version\": \"1.0\",");
        return TckArchive.of(VersionMalformedTest.class)
                .config("dockerflow.base-dir", BASE_DIR.toString()).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void answers500() {
        HttpResponse<String> response = get(base, "__version__");

        assertEquals(500, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonObject body = json(response).asJsonObject();
        assertEquals(Set.of("status", "error"), body.keySet());
        assertEquals(500, body.getInt("status"));
        assertTrue(body.getString("error").contains("not valid JSON"), body.getString("error"));
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), response.body());
    }
}
