package dev.dockerflow.jakarta.internal.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;


import dev.dockerflow.jakarta.logging.LogFields;
import dev.dockerflow.jakarta.testing.BasicAuthFilter;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import dev.dockerflow.jakarta.testing.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code uid} is the authenticated principal's name, empty for an anonymous caller. */
class AuthenticatedUserTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with().jaxrs(Resources.class, BasicAuthFilter.class);

    @RegisterExtension
    LogCapture summaries = LogCapture.of("request.summary");

    @Test
    void namesTheCaller() {
        app.get("/notes", "Authorization", BasicAuthFilter.basic("alice", "alice-secret"));
        app.get("/notes");

        assertEquals("alice", uid(0));
        assertEquals("", uid(1));
    }

    private String uid(int index) {
        return (String) ((LogFields) summaries.records().get(index).getParameters()[0]).asMap().get("uid");
    }
}
