package dev.dockerflow.jakarta.internal.heartbeat;

import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Below the fail level the heartbeat answers 200 whatever it reports; with no checks at all it is ok. */
class InfoPassesTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(InfoCheck.class);

    @Test
    void anInfoMessagePasses() {
        assertEquals(200, app.get("/__heartbeat__").statusCode());
    }

    @ApplicationScoped
    @Named("info_check")
    static class InfoCheck implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            return List.of(CheckMessage.info("tests.checks.I001", "fyi").withHint("nothing to do"));
        }
    }
}
