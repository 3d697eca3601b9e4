package dev.dockerflow.samples.notes.storage;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.flywaydb.core.Flyway;

/**
 * The service's Flyway, over its own pool and its migrations in {@code db/migration}. A bean, so that
 * the library's {@code migrations} check compares the database with exactly these migrations.
 */
@ApplicationScoped
public class NotesFlyway {

    // Singleton, not ApplicationScoped: Flyway has no no-argument constructor, so it cannot be proxied.
    @Produces
    @Singleton
    Flyway flyway(DataSource dataSource) {
        // The WAR's class loader, where the migrations are, rather than whichever one Flyway would guess
        return Flyway.configure(NotesFlyway.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }
}
