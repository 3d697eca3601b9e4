package dev.dockerflow.jakarta.internal.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Passwords in the texts drivers and pools throw never reach the heartbeat. */
class SecretMaskTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://db/notes?user=notes&password=hunter2&ssl=true | jdbc:postgresql://db/notes?user=notes&password=***&ssl=true",
        "jdbc:sqlserver://db;user=notes;password=hunter2;encrypt=true | jdbc:sqlserver://db;user=notes;password=***;encrypt=true",
        "jdbc:mysql://notes:hunter2@db:3306/notes | jdbc:mysql://notes:***@db:3306/notes",
        "Properties {user=notes, PASSWORD=hunter2} | Properties {user=notes, PASSWORD=***}",
        "pwd: 'hunter 2' and secret=\"s p a c e\" | pwd: '***' and secret=\"***\"",
        "Access denied for user 'notes'@'10.0.0.1' (using password: YES) | Access denied for user 'notes'@'10.0.0.1' (using password: ***)",
        "Connection to 127.0.0.1:5432 refused. | Connection to 127.0.0.1:5432 refused.",
    })
    void masksPasswords(String text, String masked) {
        assertEquals(masked, SecretMask.mask(text));
    }

    @Test
    void describesTheCausesThatAddSomething() {
        SQLException driver = new SQLException("Connection refused");
        RuntimeException wrapper = new RuntimeException(driver);
        SQLException pool = new SQLException("pool - no connection for jdbc:x://db?password=hunter2", wrapper);

        assertEquals("pool - no connection for jdbc:x://db?password=***; caused by: Connection refused",
                SecretMask.describe(pool));
    }

    @Test
    void leavesOutWhatFollowsARule() {
        SQLException flyway = new SQLException("Unable to obtain connection from database: refused\n"
                + "-----------------\nSQL State  : 08001\nError Code : 0\nMessage    : refused\n");

        assertEquals("Unable to obtain connection from database: refused", SecretMask.describe(flyway));
    }

    @Test
    void namesAnExceptionWithoutMessage() {
        assertEquals("java.lang.IllegalStateException", SecretMask.describe(new IllegalStateException()));
    }
}
