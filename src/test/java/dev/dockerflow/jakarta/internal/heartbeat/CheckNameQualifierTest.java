package dev.dockerflow.jakarta.internal.heartbeat;

import static dev.dockerflow.jakarta.testing.DockerflowApp.expected;
import static dev.dockerflow.jakarta.testing.DockerflowApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.CheckName;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import dev.dockerflow.jakarta.testing.DockerflowApp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link CheckName} names a check on its class, on a producer method and on a producer field; it wins
 * over {@code @Named}, and, giving no EL name, lets a check share its name with another bean's
 * {@code @Named} (two beans {@code @Named("disk")} would fail the deployment).
 */
class CheckNameQualifierTest {

    @RegisterExtension
    static DockerflowApp app = DockerflowApp.with(DiskCheck.class, Producers.class, DiskSettings.class)
            .config("dockerflow.heartbeat.details", "always")
            .config("dockerflow.skipped-checks", "jobs");

    @Test
    void namesTheChecks() {
        assertEquals(expected("""
                {'status': 'ok', 'checks': {'cache': 'ok', 'disk': 'ok', 'queue': 'ok'}, 'details': {}}
                """), json(app.get("/__heartbeat__")));
    }

    /** The README's way to inject a check elsewhere: by its qualifier, the bean being no longer {@code @Default}. */
    @Test
    void injectsByTheQualifier() throws Exception {
        DockerflowCheck disk = app.container().select(DockerflowCheck.class, new Literal("disk")).get();

        assertEquals(List.of(), disk.check());
    }

    @ApplicationScoped
    @CheckName("disk")
    static class DiskCheck implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() {
            return List.of();
        }
    }

    /** Another bean, not a check, whose EL name is the disk check's name. */
    @ApplicationScoped
    @Named("disk")
    static class DiskSettings {
    }

    @ApplicationScoped
    static class Producers {
        @Produces
        @CheckName("cache")
        @Named("cache-by-el")
        DockerflowCheck cache() {
            return List::of;
        }

        @Produces
        @CheckName("queue")
        DockerflowCheck queue = List::of;

        /** Skipped by its @CheckName: were it named after its class, the skip would match no check. */
        @Produces
        @CheckName("jobs")
        DockerflowCheck jobs() {
            return () -> List.of(CheckMessage.error("test.E001", "not skipped"));
        }
    }

    @SuppressWarnings("all")
    static final class Literal extends AnnotationLiteral<CheckName> implements CheckName {
        private final String value;

        Literal(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }
    }
}
