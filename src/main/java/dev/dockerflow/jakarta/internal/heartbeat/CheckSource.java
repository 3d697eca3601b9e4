package dev.dockerflow.jakarta.internal.heartbeat;

import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import java.util.List;

/**
 * A CDI bean that contributes checks to the heartbeat: the application's {@link DockerflowCheck}
 * beans, the bridged MicroProfile Health checks, the built-in checks. Not API.
 */
public interface CheckSource {

    /** @return the checks this source contributes, resolved once when the application starts */
    List<RegisteredCheck> checks();

    /**
     * Whether these checks run only when {@code dockerflow.checks} names them, as the built-in
     * database, migrations and Redis checks do. Any check, on by default or turned on, is left out when
     * {@code dockerflow.skipped-checks} names it.
     *
     * @return {@code false} for checks that run by default
     */
    default boolean runsOnlyWhenNamed() {
        return false;
    }
}
