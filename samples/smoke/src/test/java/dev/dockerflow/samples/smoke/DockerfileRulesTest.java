package dev.dockerflow.samples.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DockerfileRulesTest {

    private static final String GOOD = """
            # syntax=docker/dockerfile:1
            FROM eclipse-temurin:17-jre
            RUN groupadd --gid 10001 app \\
             && useradd --uid 10001 --gid 10001 --home-dir /app --no-create-home --shell /usr/sbin/nologin app
            WORKDIR /app
            COPY --chown=app:app target/app/ /app/
            ENV PORT=8000
            EXPOSE 8000
            USER app
            ENTRYPOINT ["/app/bin/run"]
            CMD ["web"]
            """;

    @TempDir
    Path module;

    @BeforeEach
    void build() throws IOException {
        // What "package" leaves for the image to copy.
        Path run = module.resolve("target/app/bin/run");
        Files.createDirectories(run.getParent());
        Files.writeString(run, "#!/bin/sh\n");
        Files.writeString(module.resolve("target/app/app.war"), "");
    }

    private List<String> check(String dockerfile) throws IOException {
        Files.writeString(module.resolve("Dockerfile"), dockerfile);
        return DockerfileRules.check(module);
    }

    private static String replace(String text, String from, String to) {
        assertTrue(text.contains(from), "the fixture holds " + from);
        return text.replace(from, to);
    }

    @Test
    void aGoodDockerfileKeepsEveryRule() throws IOException {
        assertEquals(List.of(), check(GOOD));
    }

    @Test
    void variantsOfAGoodDockerfileKeepEveryRule() throws IOException {
        assertEquals(List.of(), check("""
                FROM maven:3-eclipse-temurin-17 AS build
                WORKDIR /src
                RUN mvn -B package
                FROM eclipse-temurin:17-jre-alpine AS runtime
                ARG APP_ID=10001
                RUN addgroup -S -g ${APP_ID} app && adduser -S -D -H -h /app -G app -u ${APP_ID} app
                ENV PORT=8000 APP_HOME=/app
                WORKDIR $APP_HOME
                COPY --from=build /src/target/app/ ./
                COPY target/app/bin/ bin/
                COPY ["target/app/*.war", "./"]
                expose ${PORT}/tcp
                user 10001:10001
                entrypoint ["/app/bin/run"]
                cmd ["web"]
                """));
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                Arguments.of("groupadd --gid 10001 app \\\n &&", "",
                        "Dockerfile: no RUN creates the group app (groupadd --gid 10001 app)"),
                Arguments.of("groupadd --gid 10001 app", "groupadd app",
                        "Dockerfile:3: the group app is created without a fixed gid: give it --gid 10001"),
                Arguments.of("groupadd --gid 10001 app", "groupadd --gid 1000 app",
                        "Dockerfile:3: the group app has gid 1000, not 10001"),
                Arguments.of(" \\\n && useradd --uid 10001 --gid 10001 --home-dir /app --no-create-home"
                        + " --shell /usr/sbin/nologin app", "",
                        "Dockerfile: no RUN creates the user app (useradd --uid 10001 --gid 10001 app)"),
                Arguments.of("--uid 10001", "",
                        "Dockerfile:3: the user app is created without a fixed uid: give it --uid 10001"),
                Arguments.of("--uid 10001", "--uid 1000", "Dockerfile:3: the user app has uid 1000, not 10001"),
                Arguments.of("--uid 10001 --gid 10001", "--uid 10001",
                        "Dockerfile:3: the user app is created without its primary group: give it --gid 10001"),
                Arguments.of("--uid 10001 --gid 10001", "--uid 10001 --gid users",
                        "Dockerfile:3: the user app's primary group is users, not app (10001)"),
                Arguments.of("WORKDIR /app\n", "", "Dockerfile: no WORKDIR /app"),
                Arguments.of("WORKDIR /app", "WORKDIR /srv/app",
                        "Dockerfile:5: the last WORKDIR is /srv/app, not /app"),
                Arguments.of("COPY --chown=app:app target/app/ /app/\n", "", "Dockerfile: nothing is copied into /app"),
                Arguments.of("target/app/ /app/", "target/app/ /opt/app/",
                        "Dockerfile:6: COPY destination /opt/app is outside /app"),
                Arguments.of("COPY --chown=app:app target/app/ /app/", "ADD target/app/ /application/",
                        "Dockerfile:6: ADD destination /application is outside /app"),
                Arguments.of("target/app/ /app/", "target/notes/ /app/",
                        "Dockerfile:6: COPY source target/notes/ does not exist: the build does not produce it"),
                Arguments.of("target/app/ /app/", "target/app/*.jar /app/",
                        "Dockerfile:6: COPY source target/app/*.jar does not exist: the build does not produce it"),
                Arguments.of("target/app/ /app/", "../notes/target/app/ /app/",
                        "Dockerfile:6: COPY source ../notes/target/app/ is outside the build context"),
                Arguments.of("USER app\n", "", "Dockerfile: no USER app: the service would run as root"),
                Arguments.of("USER app", "USER root", "Dockerfile:9: the last USER is root, not app (10001)"),
                Arguments.of("USER app\n", "USER app\nRUN true\nUSER 0\n",
                        "Dockerfile:11: the last USER is 0, not app (10001)"),
                Arguments.of("USER app", "USER app:root", "Dockerfile:9: the USER's group is root, not app (10001)"),
                Arguments.of("ENTRYPOINT [\"/app/bin/run\"]\n", "", "Dockerfile: no ENTRYPOINT"),
                Arguments.of("ENTRYPOINT [\"/app/bin/run\"]", "ENTRYPOINT /app/bin/run",
                        "Dockerfile:10: ENTRYPOINT is in shell form: write it as a JSON array"),
                Arguments.of("ENTRYPOINT [\"/app/bin/run\"]", "ENTRYPOINT ['/app/bin/run']",
                        "Dockerfile:10: ENTRYPOINT is in shell form: write it as a JSON array"),
                Arguments.of("ENTRYPOINT [\"/app/bin/run\"]", "ENTRYPOINT []",
                        "Dockerfile:10: ENTRYPOINT is an empty array"),
                Arguments.of("CMD [\"web\"]\n", "", "Dockerfile: no CMD"),
                Arguments.of("CMD [\"web\"]", "CMD web",
                        "Dockerfile:11: CMD is in shell form: write it as a JSON array"),
                Arguments.of("EXPOSE 8000", "EXPOSE 8080", "Dockerfile:8: EXPOSE 8080 is not $PORT (8000)"),
                Arguments.of("EXPOSE 8000", "EXPOSE 8000 9990", "Dockerfile:8: EXPOSE 9990 is not $PORT (8000)"),
                Arguments.of("EXPOSE 8000", "EXPOSE 8000/udp", "Dockerfile:8: EXPOSE 8000/udp is not $PORT (8000)"),
                Arguments.of("EXPOSE 8000\n", "", "Dockerfile: no EXPOSE of $PORT"),
                Arguments.of("ENV PORT=8000\n", "", "Dockerfile: no ENV PORT=8000: the service listens on $PORT"),
                Arguments.of("ENV PORT=8000\nEXPOSE 8000", "ENV PORT=8080\nEXPOSE 8080",
                        "Dockerfile:7: ENV PORT is 8080, not Dockerflow's default 8000"),
                Arguments.of("ENTRYPOINT [\"/app/bin/run\"]", "ENTRYPOINT [\"/app/bin/run\"", "Dockerfile:10: "
                        + "ENTRYPOINT is in shell form: write it as a JSON array"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("brokenRules")
    void eachBrokenRuleIsReported(String from, String to, String violation) throws IOException {
        assertEquals(List.of(violation), check(replace(GOOD, from, to)));
    }

    @Test
    void onlyTheFinalStageCounts() throws IOException {
        String builderFirst = """
                FROM maven:3-eclipse-temurin-17 AS build
                USER root
                EXPOSE 9990
                CMD mvn package
                """ + GOOD.replace("# syntax=docker/dockerfile:1\n", "");

        assertEquals(List.of(), check(builderFirst));
        assertEquals(List.of("Dockerfile: no USER app: the service would run as root"),
                check(GOOD + "FROM eclipse-temurin:17-jre\nCOPY --from=0 /app /app\nENV PORT=8000\nEXPOSE 8000\n"
                        + "WORKDIR /app\nRUN groupadd -g 10001 app && useradd -u 10001 -g app app\n"
                        + "ENTRYPOINT [\"/app/bin/run\"]\nCMD [\"web\"]\n"));
    }

    @Test
    void aStageInheritsFromTheStageItStartsFrom() throws IOException {
        String split = replace(GOOD, "WORKDIR /app\n", "FROM eclipse-temurin:17-jre AS unrelated\n"
                + "FROM base\nWORKDIR /app\n")
                .replace("FROM eclipse-temurin:17-jre\n", "FROM eclipse-temurin:17-jre AS base\n");

        assertEquals(List.of(), check(split));
    }

    @Test
    void reportsFilesTheDockerignoreLeavesOut() throws IOException {
        Files.writeString(module.resolve(".dockerignore"), "*\n!target/app\n**/*.war\n");

        assertEquals(List.of("Dockerfile:6: COPY source target/app/: .dockerignore leaves out target/app/app.war"),
                check(GOOD));

        Files.writeString(module.resolve(".dockerignore"), "*\n!target/app/\n");
        assertEquals(List.of(), check(GOOD));
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() throws IOException {
        List<String> violations = check("""
                FROM eclipse-temurin:17-jre
                COPY target/app/ /opt/
                CMD /opt/bin/run
                """);

        assertEquals(List.of(
                "Dockerfile: no RUN creates the group app (groupadd --gid 10001 app)",
                "Dockerfile: no RUN creates the user app (useradd --uid 10001 --gid 10001 app)",
                "Dockerfile: no WORKDIR /app",
                "Dockerfile:2: COPY destination /opt is outside /app",
                "Dockerfile: no USER app: the service would run as root",
                "Dockerfile: no ENTRYPOINT",
                "Dockerfile:3: CMD is in shell form: write it as a JSON array",
                "Dockerfile: no ENV PORT=8000: the service listens on $PORT",
                "Dockerfile: no EXPOSE of $PORT"), violations);
    }

    @Test
    void aDockerfileTheBuilderWouldRejectIsReported() throws IOException {
        assertEquals(List.of("Dockerfile cannot be read: line 8: unknown instruction EXPSOE"),
                check(replace(GOOD, "EXPOSE", "EXPSOE")));
    }

    @Test
    void aMissingDockerfileIsReported() {
        List<String> violations = DockerfileRules.check(module);

        assertEquals(1, violations.size());
        assertTrue(violations.get(0).startsWith("there is no Dockerfile in "), violations.get(0));
    }

    @Test
    void checksAnotherDockerfileAgainstTheSameContext() throws IOException {
        Files.writeString(module.resolve("Dockerfile.alpine"), replace(GOOD, "USER app", "USER root"));

        assertEquals(List.of("Dockerfile.alpine:9: the last USER is root, not app (10001)"),
                DockerfileRules.check(module, module.resolve("Dockerfile.alpine")));
    }
}
