package dev.dockerflow.samples.payara;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import dev.dockerflow.samples.smoke.KnownNoise;
import dev.dockerflow.samples.smoke.SampleSmoke;

/**
 * The quickstart's second form: the notes service on Payara Micro with {@code DATABASE_URL} naming the
 * PostgreSQL and {@code REDIS_URL} the Redis on loopback. The heartbeat then checks both. The service
 * gets a schema of its own, created afresh, so that the run does not depend on what earlier runs left.
 */
class PayaraBackingServicesSmokeIT extends SampleSmoke {

    private static final String SCHEMA = "notes_smoke";
    private static final String DATABASE = "jdbc:postgresql://127.0.0.1:5432/test";

    PayaraBackingServicesSmokeIT() throws SQLException {
        super("payara");
        try (Connection connection = DriverManager.getConnection(DATABASE, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
        }
    }

    @Override
    protected Map<String, String> environment() {
        return Map.of("DATABASE_URL", DATABASE + "?currentSchema=" + SCHEMA,
                "DATABASE_USER", "postgres",
                "REDIS_URL", "redis://127.0.0.1:6379");
    }

    @Override
    protected List<String> expectedChecks() {
        return List.of("database", "migrations", "notes-quota", "notes-schema", "redis");
    }

    @Override
    protected boolean isKnownRuntimeNoise(String line) {
        return KnownNoise.isPayaraShutdownLine(line);
    }
}
