package dev.dockerflow.jakarta.internal.checks.database;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

import jakarta.inject.Qualifier;

/**
 * The qualifiers of the scenarios' DataSource beans, for applications that have several or qualify their only one;
 * the check names a bean by its qualifier's simple name ({@code @Notes}).
 */
final class DataSourceQualifiers {

    private DataSourceQualifiers() {
    }

    /** The notes database. */
    @Qualifier
    @Retention(RetentionPolicy.RUNTIME)
    @interface Notes {
    }

    /** The reports database. */
    @Qualifier
    @Retention(RetentionPolicy.RUNTIME)
    @interface Reports {
    }
}
