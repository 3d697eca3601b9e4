package dev.dockerflow.jakarta.heartbeat;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.inject.Qualifier;

/**
 * The name of a {@link DockerflowCheck} in the heartbeat, on the check's bean class or on its producer
 * method or field:
 *
 * <pre>{@code
 * @ApplicationScoped @CheckName("disk")
 * public class DiskCheck implements DockerflowCheck { ... }
 *
 * @Produces @CheckName("queue")
 * DockerflowCheck queue() { return () -> ...; }
 * }</pre>
 *
 * <p>Unlike {@code @Named}, it gives the bean no Expression Language name, so a check may share its name
 * with any other bean. A bean that has both goes by this one; without either, a check goes by its
 * {@code @Named} default, which for a producer is its declaring class's. A blank value fails the
 * deployment.
 *
 * <p>It is a CDI qualifier: a bean that has it is no longer {@code @Default}, so inject it elsewhere
 * with the same qualifier, {@code @Inject @CheckName("disk") DockerflowCheck disk;}.
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({TYPE, METHOD, FIELD, PARAMETER})
public @interface CheckName {

    /** {@return the check's name in the heartbeat, not blank} */
    String value();
}
