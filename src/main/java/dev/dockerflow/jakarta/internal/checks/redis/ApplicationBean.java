package dev.dockerflow.jakarta.internal.checks.redis;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.AmbiguousResolutionException;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

/**
 * The application's own Redis client bean: the one {@code @Default} bean of the first of several types that has any.
 * Its instance is obtained on first use, so that a producer that fails (Redis down when it connects) is asked again
 * next time, and released when the check closes, which destroys it only when it is {@code @Dependent} and so the
 * check's own. Not API.
 */
public final class ApplicationBean {

    private final BeanManager beans;
    private final Bean<?> bean;
    private final Type type;
    private CreationalContext<?> context;
    private Object instance;

    private ApplicationBean(BeanManager beans, Bean<?> bean, Type type) {
        this.beans = beans;
        this.bean = bean;
        this.type = type;
    }

    /**
     * Finds the bean, trying the types in order.
     *
     * @param beans the application's beans
     * @param types the client types, most specific first
     * @return the bean, or empty when no type has one
     * @throws RedisSetupProblem when the first type that has beans has several the container cannot choose between
     */
    public static Optional<ApplicationBean> find(BeanManager beans, List<Type> types) throws RedisSetupProblem {
        for (Type type : types) {
            Set<Bean<?>> found = beans.getBeans(type);
            if (found.isEmpty()) {
                continue;
            }
            try {
                // resolve() settles what alternatives and priorities settle, as for an injection point.
                return Optional.of(new ApplicationBean(beans, beans.resolve(found), type));
            } catch (AmbiguousResolutionException e) {
                Set<String> names = new TreeSet<>();
                found.forEach(bean -> names.add(bean.getBeanClass().getName()));
                throw RedisSetupProblem.misconfigured("the application has " + found.size() + " " + simpleName(type)
                        + " beans (declared in " + String.join(", ", names) + ") and cannot tell which to check; "
                        + "set dockerflow.redis.url, or qualify all but one of them");
            }
        }
        return Optional.empty();
    }

    /** @return the type the bean was found by */
    public Type type() {
        return type;
    }

    /** @return {@code through the application's JedisPooled bean}, for the messages */
    public String where() {
        return "through the application's " + simpleName(type) + " bean";
    }

    /**
     * The bean's instance, obtained on first use and kept.
     *
     * @return the instance (a client proxy for a normal-scoped bean)
     * @throws RuntimeException whatever the application's producer threw; asked again next time
     */
    public synchronized Object get() {
        if (instance == null) {
            CreationalContext<?> created = beans.createCreationalContext(bean);
            try {
                instance = beans.getReference(bean, type, created);
                context = created;
            } catch (RuntimeException e) {
                created.release();
                throw e;
            }
        }
        return instance;
    }

    /** Releases the instance: a {@code @Dependent} one is destroyed, a shared one is left to the application. */
    public synchronized void release() {
        if (context != null) {
            context.release();
            context = null;
            instance = null;
        }
    }

    private static String simpleName(Type type) {
        Type raw = type instanceof ParameterizedType parameterized ? parameterized.getRawType() : type;
        return raw instanceof Class<?> rawClass ? rawClass.getSimpleName() : raw.getTypeName();
    }
}
