package dev.dockerflow.samples.bench.app;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ten MicroProfile Health readiness checks, {@code ready-01} to {@code ready-10}, each taking
 * {@value SlowWork#MILLIS} ms and answering UP. Payara Micro's {@code /health/ready} runs them, and
 * the library's bridge makes each a heartbeat check of the same name, so that the same ten checks can
 * be timed through both. One class per check: a kind of check is found as a bean, one bean per check.
 */
public final class SlowHealthChecks {

    private SlowHealthChecks() {
    }

    /** The shared body: sleep, then answer UP under the check's name. */
    abstract static class SlowHealthCheck implements HealthCheck {
        private final String name;

        SlowHealthCheck(String name) {
            this.name = name;
        }

        @Override
        public HealthCheckResponse call() {
            try {
                SlowWork.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return HealthCheckResponse.down(name);
            }
            return HealthCheckResponse.up(name);
        }
    }

    /** {@code ready-01}. */
    @Readiness @ApplicationScoped public static class Ready01 extends SlowHealthCheck { public Ready01() { super("ready-01"); } }
    /** {@code ready-02}. */
    @Readiness @ApplicationScoped public static class Ready02 extends SlowHealthCheck { public Ready02() { super("ready-02"); } }
    /** {@code ready-03}. */
    @Readiness @ApplicationScoped public static class Ready03 extends SlowHealthCheck { public Ready03() { super("ready-03"); } }
    /** {@code ready-04}. */
    @Readiness @ApplicationScoped public static class Ready04 extends SlowHealthCheck { public Ready04() { super("ready-04"); } }
    /** {@code ready-05}. */
    @Readiness @ApplicationScoped public static class Ready05 extends SlowHealthCheck { public Ready05() { super("ready-05"); } }
    /** {@code ready-06}. */
    @Readiness @ApplicationScoped public static class Ready06 extends SlowHealthCheck { public Ready06() { super("ready-06"); } }
    /** {@code ready-07}. */
    @Readiness @ApplicationScoped public static class Ready07 extends SlowHealthCheck { public Ready07() { super("ready-07"); } }
    /** {@code ready-08}. */
    @Readiness @ApplicationScoped public static class Ready08 extends SlowHealthCheck { public Ready08() { super("ready-08"); } }
    /** {@code ready-09}. */
    @Readiness @ApplicationScoped public static class Ready09 extends SlowHealthCheck { public Ready09() { super("ready-09"); } }
    /** {@code ready-10}. */
    @Readiness @ApplicationScoped public static class Ready10 extends SlowHealthCheck { public Ready10() { super("ready-10"); } }
}
