package dev.dockerflow.samples.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class FinalStageTest {

    private static FinalStage of(String dockerfile) {
        return FinalStage.of(Dockerfile.parse(dockerfile));
    }

    private static Map<String, String> environment(FinalStage stage) {
        return stage.environment().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().value()));
    }

    @Test
    void readsBothFormsOfEnv() {
        FinalStage stage = of("""
                FROM scratch
                ENV PORT=8000 GREETING="hello world" PATH=/app/bin:$PATH
                ENV LEGACY a value with spaces
                ENV PORT=9000 OLD_PORT=$PORT
                """);

        assertEquals(Map.of("PORT", "9000", "GREETING", "hello world", "PATH", "/app/bin:",
                "LEGACY", "a value with spaces", "OLD_PORT", "8000"), environment(stage));
        assertEquals(4, stage.environment().get("PORT").instruction().line());
    }

    @Test
    void expandsArgsAndEnvInSettings() {
        FinalStage stage = of("""
                FROM scratch
                ARG HOME_DIR=/app
                ARG PORT=9999
                ENV PORT=8000
                WORKDIR ${HOME_DIR}
                USER ${APP_USER:-app}
                EXPOSE $PORT/tcp 9990
                """);

        assertEquals(Optional.of("/app"), stage.workdir().map(FinalStage.Setting::value));
        assertEquals(Optional.of("app"), stage.user().map(FinalStage.Setting::value));
        assertEquals(List.of("8000/tcp", "9990"), stage.exposed().stream().map(FinalStage.Setting::value).toList());
    }

    @Test
    void resolvesRelativeWorkdirsAndDestinations() {
        FinalStage stage = of("""
                FROM scratch
                COPY a.txt relative/
                WORKDIR /srv
                WORKDIR ../app/./lib/..
                COPY ["target/app/", "."]
                COPY b.txt c.txt bin/
                """);

        assertEquals(Optional.of("/app"), stage.workdir().map(FinalStage.Setting::value));
        List<FinalStage.Copy> copies = stage.copies();
        assertEquals(List.of("/relative", "/app", "/app/bin"),
                copies.stream().map(FinalStage.Copy::destination).toList());
        assertEquals(List.of("target/app/"), copies.get(1).sources());
        assertEquals(List.of("b.txt", "c.txt"), copies.get(2).sources());
    }

    @Test
    void tellsContextCopiesFromStageCopiesAndLeavesOutInlineAndRemoteSources() {
        FinalStage stage = of("""
                FROM scratch
                COPY --from=build /out/ /app/
                COPY <<EOF /app/app.conf
                port=8000
                EOF
                ADD https://example.org/x.tar.gz local.txt /app/
                """);

        List<FinalStage.Copy> copies = stage.copies();
        assertFalse(copies.get(0).fromContext());
        assertTrue(copies.get(1).fromContext());
        assertEquals(List.of(), copies.get(1).sources());
        assertEquals(List.of("local.txt"), copies.get(2).sources());
    }

    @Test
    void aCopyNeedsASourceAndADestination() {
        DockerfileSyntaxException e = assertThrows(DockerfileSyntaxException.class,
                () -> of("FROM scratch\nCOPY /app/\n"));

        assertEquals(2, e.line());
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsLine() {
        DockerfileSyntaxException e = assertThrows(DockerfileSyntaxException.class,
                () -> of("FROM scratch\nENV A=1\nENV GREETING=\"hello\n"));

        assertEquals(3, e.line());
    }

    @Test
    void keepsTheLastEntrypointAndCmd() {
        FinalStage stage = of("""
                FROM scratch
                CMD ["first"]
                ENTRYPOINT ["/app/bin/run"]
                CMD ["web"]
                """);

        assertEquals(3, stage.entrypoint().orElseThrow().line());
        assertEquals(List.of("web"), stage.cmd().orElseThrow().execForm());
    }

    @Test
    void inheritsFromAnEarlierStageButNotFromOthers() {
        FinalStage stage = of("""
                FROM eclipse-temurin:17-jre AS base
                ARG ONLY_IN_BASE=x
                ENV PORT=8000
                USER app
                CMD ["web"]
                FROM maven AS build
                USER root
                ENV PORT=1
                FROM base
                ENTRYPOINT ["/app/bin/run"]
                ENV SEEN=${ONLY_IN_BASE}
                """);

        assertEquals("8000", stage.environment().get("PORT").value());
        assertEquals("", stage.environment().get("SEEN").value());
        assertEquals(Optional.of("app"), stage.user().map(FinalStage.Setting::value));
        // A stage's own ENTRYPOINT drops the CMD it inherits.
        assertEquals(Optional.empty(), stage.cmd());
    }

    @Test
    void findsAccountsInShellScriptsExecFormAndHereDocuments() {
        FinalStage stage = of("""
                FROM scratch
                ENV APP_ID=10001
                RUN set -eux; \\
                    if ! getent group app; then groupadd -g "$APP_ID" app; fi
                RUN ["useradd", "-u", "10001", "-g", "app", "app"]
                RUN ["/bin/sh", "-c", "groupadd --gid 2000 web && useradd --uid=2000 --gid=web web"]
                RUN <<EOF
                addgroup -g 3000 -S worker
                adduser -S -D -H -u 3000 -G worker -g 'Worker process' worker
                EOF
                """);

        UserAccounts accounts = stage.accounts();
        assertEquals(Optional.of("10001"), accounts.group("app").flatMap(UserAccounts.Group::gid));
        assertEquals(3, accounts.group("app").orElseThrow().instruction().line());
        assertEquals(Optional.of("10001"), accounts.user("app").flatMap(UserAccounts.User::uid));
        assertEquals(Optional.of("2000"), accounts.group("web").flatMap(UserAccounts.Group::gid));
        assertEquals(Optional.of("web"), accounts.user("web").flatMap(UserAccounts.User::group));
        assertEquals(Optional.of("3000"), accounts.group("worker").flatMap(UserAccounts.Group::gid));
        assertEquals(Optional.of("worker"), accounts.user("worker").flatMap(UserAccounts.User::group));
    }
}
