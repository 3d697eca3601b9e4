package dev.dockerflow.jakarta.tck.deployment;

import java.util.concurrent.Executor;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.enterprise.inject.spi.CDI;

/** The managed executor the asynchronous scenario's continuations run on, which {@link AsyncContinuations} defines. */
public final class ManagedExecutors {

    /** The application's context service. */
    public static final String CONTEXT = "java:app/concurrent/DockerflowContext";
    /** The application's managed executor. */
    public static final String EXECUTOR = "java:app/concurrent/DockerflowExecutor";

    private ManagedExecutors() {
    }

    /**
     * The executor of that name in JNDI; a runtime without JNDI (the kit's embedded one) provides it
     * as a CDI bean of that name instead.
     *
     * @return the application's managed executor
     */
    public static Executor executor() {
        try {
            return (Executor) new InitialContext().lookup(EXECUTOR);
        } catch (NamingException e) {
            return CDI.current().select(Executor.class, NamedLiteral.of(EXECUTOR)).get();
        }
    }
}
