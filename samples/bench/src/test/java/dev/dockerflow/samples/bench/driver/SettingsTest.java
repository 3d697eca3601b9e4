package dev.dockerflow.samples.bench.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SettingsTest {

    private static final String[] PATHS = {"--feature-war=f.war", "--plain-war=p.war", "--payara=p.jar", "--work=w"};

    @Test
    void theFullRunIsTheDefault() {
        Settings settings = Settings.parse(PATHS);
        assertFalse(settings.smoke());
        assertEquals(18601, settings.portBase());
        assertEquals(12, settings.pairs());
        assertTrue(settings.featureWar().isAbsolute());
    }

    @Test
    void smokeIsShort() {
        Settings settings = Settings.parse(append(PATHS, "--smoke"));
        assertTrue(settings.smoke());
        assertEquals(1, settings.pairs());
        assertTrue(settings.round().toSeconds() <= 2);
    }

    @Test
    void everyPortStaysInTheBenchmarksRange() {
        assertEquals(18647, Settings.parse(append(PATHS, "--port-base=18647")).portBase());
        assertThrows(IllegalArgumentException.class, () -> Settings.parse(append(PATHS, "--port-base=18648")));
        assertThrows(IllegalArgumentException.class, () -> Settings.parse(append(PATHS, "--port-base=8080")));
    }

    @Test
    void unknownOrMissingArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Settings.parse(append(PATHS, "--fast")));
        assertThrows(IllegalArgumentException.class, () -> Settings.parse(append(PATHS, "--threads=4")));
        assertThrows(IllegalArgumentException.class, () -> Settings.parse("--work=w"));
    }

    private static String[] append(String[] args, String arg) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = arg;
        return all;
    }
}
