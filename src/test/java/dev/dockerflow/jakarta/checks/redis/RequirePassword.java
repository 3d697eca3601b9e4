package dev.dockerflow.jakarta.checks.redis;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Sets a password on the real Redis ({@code CONFIG SET requirepass}) for the length of each test, and clears it after
 * every test whatever happened, so that no other test, here or elsewhere on the machine, finds one.
 */
final class RequirePassword implements BeforeEachCallback, AfterEachCallback {

    /** The password each test runs under. */
    static final String PASSWORD = "dockerflow-s3cret";

    @Override
    public void beforeEach(ExtensionContext context) {
        LocalRedis.requirePassword(PASSWORD);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        LocalRedis.clearPassword(PASSWORD);
    }
}
