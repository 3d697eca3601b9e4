package dev.dockerflow.jakarta.heartbeat;

import java.util.List;

/**
 * A heartbeat check written by the application: a CDI bean named in the heartbeat by its
 * {@link CheckName}, else by its {@code @Named} name (without either, the bean class's simple name with
 * a lower-case first letter, as CDI names it).
 *
 * <pre>{@code
 * @ApplicationScoped @CheckName("disk")
 * public class DiskCheck implements DockerflowCheck {
 *     public List<CheckMessage> check() {
 *         return freeBytes() > 1_000_000_000L ? List.of()
 *                 : List.of(CheckMessage.warning("myapp.disk.W001", "less than 1 GB free"));
 *     }
 * }
 * }</pre>
 *
 * <p>A producer method works as well: {@code @Produces @CheckName("queue") DockerflowCheck queue() { return () -> ...; }}.
 *
 * <p>Checks run concurrently, each bounded by {@code dockerflow.heartbeat.timeout}. A check that
 * throws is reported at error level with the exception's type and message; one that runs past the
 * timeout is reported at error level as timed out, and is not started again while it is still running.
 */
@FunctionalInterface
public interface DockerflowCheck {

    /**
     * Runs the check.
     *
     * @return the findings; an empty list means the check is ok
     * @throws Exception when the check cannot run; reported as an error message
     */
    List<CheckMessage> check() throws Exception;
}
