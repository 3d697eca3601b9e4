package dev.dockerflow.jakarta.internal.checks.database;

import java.lang.reflect.Proxy;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.OperationNotSupportedException;
import javax.naming.spi.InitialContextFactory;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JNDI naming service in memory, standing in for an application server's: installed through the
 * standard {@code java.naming.factory.initial} property for the duration of a scenario, so that
 * {@code new InitialContext()} in the library finds what the scenario binds. It answers {@code lookup}
 * only, which is all the library asks.
 */
public final class TestNaming implements BeforeAllCallback, AfterAllCallback {

    private static final Map<String, Object> BOUND = new ConcurrentHashMap<>();

    private final Map<String, Object> bindings = new ConcurrentHashMap<>();

    private TestNaming() {
    }

    /** @return a naming service with nothing bound yet */
    public static TestNaming empty() {
        return new TestNaming();
    }

    /**
     * Binds an object from when the scenario starts, or at once when it has started.
     *
     * @param name a JNDI name such as {@code java:app/jdbc/Notes}
     * @param object what it names
     * @return this naming service
     */
    public TestNaming bind(String name, Object object) {
        bindings.put(name, object);
        BOUND.put(name, object);
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        BOUND.clear();
        BOUND.putAll(bindings);
        System.setProperty(Context.INITIAL_CONTEXT_FACTORY, Factory.class.getName());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        System.clearProperty(Context.INITIAL_CONTEXT_FACTORY);
        BOUND.clear();
    }

    /** The factory {@code InitialContext} instantiates by name. */
    public static final class Factory implements InitialContextFactory {
        @Override
        public Context getInitialContext(Hashtable<?, ?> environment) {
            return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "lookup" -> {
                            Object bound = BOUND.get(String.valueOf(args[0]));
                            if (bound == null) {
                                throw new NameNotFoundException(String.valueOf(args[0]));
                            }
                            yield bound;
                        }
                        case "close" -> null;
                        case "toString" -> "TestNaming";
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> throw new OperationNotSupportedException(method.getName());
                    });
        }
    }
}
