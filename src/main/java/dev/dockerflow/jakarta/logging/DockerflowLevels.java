package dev.dockerflow.jakarta.logging;

import java.util.logging.Level;

/**
 * java.util.logging levels that the standard set lacks and Dockerflow needs.
 */
public final class DockerflowLevels {

    /**
     * Above {@link Level#SEVERE}: a critical check message. The mozlog formatter writes it with syslog
     * severity 2.
     */
    public static final Level CRITICAL = new CriticalLevel();

    private DockerflowLevels() {
    }

    private static final class CriticalLevel extends Level {
        private static final long serialVersionUID = 1L;

        CriticalLevel() {
            super("CRITICAL", 1100);
        }
    }
}
