package dev.dockerflow.samples.bench.app;

import java.util.List;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Ten Dockerflow checks, {@code slow-01} to {@code slow-10}, each taking {@value SlowWork#MILLIS} ms
 * and passing. The heartbeat starts them all at once, so ten of them should take about as long as one.
 * One class per check because a check's name is its bean's {@code @Named}: ten names, ten beans.
 */
public final class SlowChecks {

    private SlowChecks() {
    }

    /** The shared body: sleep, then report nothing (ok). */
    abstract static class SlowCheck implements DockerflowCheck {
        @Override
        public List<CheckMessage> check() throws InterruptedException {
            SlowWork.run();
            return List.of();
        }
    }

    /** {@code slow-01}. */
    @ApplicationScoped @Named("slow-01") public static class Slow01 extends SlowCheck { }
    /** {@code slow-02}. */
    @ApplicationScoped @Named("slow-02") public static class Slow02 extends SlowCheck { }
    /** {@code slow-03}. */
    @ApplicationScoped @Named("slow-03") public static class Slow03 extends SlowCheck { }
    /** {@code slow-04}. */
    @ApplicationScoped @Named("slow-04") public static class Slow04 extends SlowCheck { }
    /** {@code slow-05}. */
    @ApplicationScoped @Named("slow-05") public static class Slow05 extends SlowCheck { }
    /** {@code slow-06}. */
    @ApplicationScoped @Named("slow-06") public static class Slow06 extends SlowCheck { }
    /** {@code slow-07}. */
    @ApplicationScoped @Named("slow-07") public static class Slow07 extends SlowCheck { }
    /** {@code slow-08}. */
    @ApplicationScoped @Named("slow-08") public static class Slow08 extends SlowCheck { }
    /** {@code slow-09}. */
    @ApplicationScoped @Named("slow-09") public static class Slow09 extends SlowCheck { }
    /** {@code slow-10}. */
    @ApplicationScoped @Named("slow-10") public static class Slow10 extends SlowCheck { }
}
