package dev.dockerflow.jakarta.internal.datasources;

import java.lang.annotation.Annotation;
import java.util.List;
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
 * The data sources the {@code database} and {@code migrations} checks look at, in this order of precedence:
 * the JNDI names in {@value #DATASOURCE_KEY} (comma-separated); else the application's
 * {@code DataSource} CDI bean, the {@code @Default} one or the only one (several and none
 * {@code @Default} is reported rather than guessed); else {@value #DEFAULT_DATASOURCE}. Which rule
 * applies is decided as the application starts; the data sources are looked up when a check runs. Not API.
 */
@ApplicationScoped
public class ApplicationDataSources {

    private static final String DATASOURCE_KEY = "dockerflow.database.datasource";
    private static final String DEFAULT_DATASOURCE = "java:comp/DefaultDataSource";

    @Inject
    Config config;

    @Inject
    @Any
    Instance<DataSource> beans;

    private List<DataSourceLookup> lookups;

    @PostConstruct
    void resolve() {
        List<DataSourceLookup> named = config.getOptionalValues(DATASOURCE_KEY, String.class).orElse(List.of())
                .stream().map(String::trim).filter(name -> !name.isEmpty()).distinct()
                .map(name -> DataSourceLookup.jndi(name, null)).toList();
        lookups = named.isEmpty() ? List.of(fromBeans()) : named;
    }

    private DataSourceLookup fromBeans() {
        // Only resolution here, no instance: an unsatisfied or ambiguous Instance is harmless until get().
        Instance<DataSource> defaults = beans.select(Default.Literal.INSTANCE);
        if (defaults.isResolvable()) {
            return DataSourceLookup.bean(defaults, describe(defaults.getHandle().getBean()));
        }
        if (beans.isResolvable()) {
            return DataSourceLookup.bean(beans, describe(beans.getHandle().getBean()));
        }
        if (beans.isUnsatisfied()) {
            return DataSourceLookup.jndi(DEFAULT_DATASOURCE, "set " + DATASOURCE_KEY
                    + " to the JNDI name of the application's data source, or produce a javax.sql.DataSource bean");
        }
        // Checking one of them, or the default data source, could say healthy while the one that matters is down.
        List<String> several = beans.handlesStream().map(handle -> describe(handle.getBean())).sorted().toList();
        return DataSourceLookup.none("DataSource beans", "cannot tell which data source to check: the application has "
                + several.size() + " DataSource beans (" + String.join(", ", several) + ") and none is @Default",
                "name the data sources to check by their JNDI names in " + DATASOURCE_KEY
                        + ", or make one of the beans @Default");
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
