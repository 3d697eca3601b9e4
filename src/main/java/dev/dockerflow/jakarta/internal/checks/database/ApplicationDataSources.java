package dev.dockerflow.jakarta.internal.checks.database;

import java.lang.annotation.Annotation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.Config;

/**
 * The application's data sources, as the built-in {@code database} and {@code migrations} checks see
 * them. Which ones, in this order of precedence:
 *
 * <ol>
 * <li>{@value #DATASOURCE_KEY}, when set: one or several JNDI names, comma-separated (for example
 *     {@code java:app/jdbc/Notes}), each looked up with {@code javax.naming.InitialContext};</li>
 * <li>else the application's {@code javax.sql.DataSource} CDI bean: the {@code @Default} one when there
 *     is exactly one such bean, or the only {@code DataSource} bean whatever its qualifiers. Several
 *     beans and none of them {@code @Default} is reported as a misconfiguration rather than guessed;</li>
 * <li>else, when the application has no {@code DataSource} bean, the platform's default data source,
 *     {@value #DEFAULT_DATASOURCE}, by JNDI.</li>
 * </ol>
 *
 * <p>Which rule applies is decided when the application starts; the data sources themselves are
 * looked up when a check first runs, and again on later runs until found. Not API.
 */
@ApplicationScoped
public class ApplicationDataSources {

    /** The configuration key naming data sources by JNDI name. */
    public static final String DATASOURCE_KEY = "dockerflow.database.datasource";
    /** The platform's default data source (Jakarta EE). */
    public static final String DEFAULT_DATASOURCE = "java:comp/DefaultDataSource";

    @Inject
    Config config;

    @Inject
    @Any
    Instance<DataSource> beans;

    private List<DataSourceLookup> lookups;

    @PostConstruct
    void resolve() {
        Set<String> names = new LinkedHashSet<>();
        config.getOptionalValues(DATASOURCE_KEY, String.class).orElse(List.of()).stream()
                .map(String::trim).filter(name -> !name.isEmpty()).forEach(names::add);
        lookups = names.isEmpty() ? List.of(new RememberedLookup(fromBeans()))
                : names.stream().<DataSourceLookup>map(name -> new RememberedLookup(new JndiDataSourceLookup(name,
                        null))).toList();
    }

    private DataSourceLookup fromBeans() {
        // Only resolution here, no instance: an unsatisfied or ambiguous Instance is harmless until get().
        Instance<DataSource> defaults = beans.select(Default.Literal.INSTANCE);
        if (defaults.isResolvable()) {
            return new BeanDataSourceLookup(defaults, describe(defaults.getHandle().getBean()));
        }
        if (beans.isResolvable()) {
            return new BeanDataSourceLookup(beans, describe(beans.getHandle().getBean()));
        }
        if (beans.isUnsatisfied()) {
            return new JndiDataSourceLookup(DEFAULT_DATASOURCE, "set " + DATASOURCE_KEY
                    + " to the JNDI name of the application's data source, or produce a javax.sql.DataSource bean");
        }
        return new AmbiguousDataSourceBeans(beans.handlesStream().map(handle -> describe(handle.getBean())).sorted()
                .toList());
    }

    /** A bean as a person would name it: its class (the producer's class for a producer) and its qualifiers. */
    private static String describe(Bean<?> bean) {
        String qualifiers = bean.getQualifiers().stream()
                .filter(qualifier -> !(qualifier instanceof Any) && !(qualifier instanceof Default))
                .map(ApplicationDataSources::describe)
                .collect(Collectors.joining(" "));
        String type = bean.getBeanClass().getSimpleName();
        return qualifiers.isEmpty() ? type : qualifiers + " " + type;
    }

    private static String describe(Annotation qualifier) {
        return qualifier instanceof Named named ? "@Named(\"" + named.value() + "\")"
                : "@" + qualifier.annotationType().getSimpleName();
    }

    /** @return the data sources to check, in the order {@value #DATASOURCE_KEY} names them; never empty */
    public List<DataSourceLookup> all() {
        return lookups;
    }

    /** @return the data source the migrations check looks at: the first one */
    public DataSourceLookup primary() {
        return lookups.get(0);
    }
}
