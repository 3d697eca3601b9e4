package dev.dockerflow.samples.notes.storage;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the notes live, from the environment: {@code DATABASE_URL} (a JDBC URL),
 * {@code DATABASE_USER}, {@code DATABASE_PASSWORD}. MicroProfile Config reads the environment
 * variable {@code DATABASE_URL} for the key {@code database.url}. Without a URL the service keeps its
 * notes in an embedded H2 database, so that it runs with nothing installed.
 */
@ApplicationScoped
public class DatabaseSettings {

    /** The embedded database used when {@code DATABASE_URL} is unset: in memory, for the process's life. */
    public static final String EMBEDDED_URL = "jdbc:h2:mem:notes;DB_CLOSE_DELAY=-1";

    @Inject
    @ConfigProperty(name = "database.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "database.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "database.password")
    Optional<String> password;

    /** @return the JDBC URL to connect to */
    public String url() {
        return url.filter(value -> !value.isBlank()).orElse(EMBEDDED_URL);
    }

    /** @return the user to connect as, if any */
    public Optional<String> user() {
        return user.filter(value -> !value.isBlank());
    }

    /** @return the password to connect with, if any */
    public Optional<String> password() {
        return password;
    }
}
