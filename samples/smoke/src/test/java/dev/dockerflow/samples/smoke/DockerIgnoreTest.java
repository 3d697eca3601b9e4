package dev.dockerflow.samples.smoke;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DockerIgnoreTest {

    @Test
    void nothingIsExcludedWithoutPatterns() {
        assertFalse(DockerIgnore.none().excludes("target/app/bin/run"));
        assertFalse(DockerIgnore.parse("# only a comment\n\n").excludes("target/app/bin/run"));
    }

    @Test
    void aPatternExcludesAPathAndWhatIsUnderIt() {
        DockerIgnore ignore = DockerIgnore.parse("target\n");

        assertTrue(ignore.excludes("target"));
        assertTrue(ignore.excludes("target/app/bin/run"));
        assertFalse(ignore.excludes("src/target"));
        assertFalse(ignore.excludes("targets"));
    }

    @Test
    void theLastMatchingPatternDecides() {
        DockerIgnore ignore = DockerIgnore.parse("*\n!target/app\ntarget/app/*.log\n");

        assertTrue(ignore.excludes("pom.xml"));
        assertTrue(ignore.excludes("src/main/java/A.java"));
        assertFalse(ignore.excludes("target/app"));
        assertFalse(ignore.excludes("target/app/bin/run"));
        assertTrue(ignore.excludes("target/app/server.log"));
        assertFalse(ignore.excludes("target/app/logs/server.log"));
    }

    @Test
    void starsStayWithinASegmentAndDoubleStarsCrossThem() {
        DockerIgnore ignore = DockerIgnore.parse("**/*.md\ndocs/**\ntarget/?.txt\n/build/[ab]*\n");

        assertTrue(ignore.excludes("README.md"));
        assertTrue(ignore.excludes("src/main/README.md"));
        assertTrue(ignore.excludes("docs/a/b.txt"));
        assertTrue(ignore.excludes("target/x.txt"));
        assertFalse(ignore.excludes("target/xy.txt"));
        assertTrue(ignore.excludes("build/alpha"));
        assertFalse(ignore.excludes("build/gamma"));
    }

    @Test
    void aCommentOnlyCountsAtTheStartOfTheLineAndPatternsAreCleaned() {
        DockerIgnore ignore = DockerIgnore.parse("  #notes\n./target//app/\n");

        assertTrue(ignore.excludes("#notes"));
        assertTrue(ignore.excludes("target/app/bin/run"));
        assertFalse(ignore.excludes("target/other"));
    }

    @Test
    void dotsInPatternsAreLiteral() {
        DockerIgnore ignore = DockerIgnore.parse("a.b\n");

        assertTrue(ignore.excludes("a.b"));
        assertFalse(ignore.excludes("axb"));
    }
}
