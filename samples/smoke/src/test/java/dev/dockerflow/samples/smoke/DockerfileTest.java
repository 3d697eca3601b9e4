package dev.dockerflow.samples.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DockerfileTest {

    @Test
    void readsDirectivesOnlyAtTheTop() {
        Dockerfile dockerfile = Dockerfile.parse("""
                # syntax=docker/dockerfile:1
                #  check = skip=all
                # escape=`
                FROM scratch
                """);

        assertEquals(Map.of("syntax", "docker/dockerfile:1", "check", "skip=all", "escape", "`"),
                dockerfile.directives());
        assertEquals('`', dockerfile.escape());
    }

    @Test
    void aDirectiveAfterACommentOrABlankLineIsAComment() {
        assertEquals(Map.of(), Dockerfile.parse("# a comment\n# escape=`\nFROM scratch\n").directives());
        assertEquals(Map.of(), Dockerfile.parse("\n# syntax=docker/dockerfile:1\nFROM scratch\n").directives());
        assertEquals(Map.of(), Dockerfile.parse("# unknown=x\n# syntax=docker/dockerfile:1\nFROM scratch\n")
                .directives());
    }

    @Test
    void aRepeatedDirectiveIsRejected() {
        DockerfileSyntaxException e = assertThrows(DockerfileSyntaxException.class,
                () -> Dockerfile.parse("# syntax=a\n# syntax=b\nFROM scratch\n"));

        assertEquals(2, e.line());
    }

    @Test
    void skipsCommentsAndBlankLinesAndKeepsLineNumbers() {
        Dockerfile dockerfile = Dockerfile.parse("""
                # the base image

                FROM eclipse-temurin:17-jre
                    # indented comment
                WORKDIR /app
                """);

        List<Instruction> instructions = dockerfile.instructions();
        assertEquals(List.of("FROM", "WORKDIR"), instructions.stream().map(Instruction::keyword).toList());
        assertEquals(List.of(3, 5), instructions.stream().map(Instruction::line).toList());
        assertEquals("/app", instructions.get(1).arguments());
    }

    @Test
    void joinsContinuationLinesSkippingCommentsAndBlankLinesInside() {
        Dockerfile dockerfile = Dockerfile.parse("FROM scratch\n"
                + "RUN groupadd --gid 10001 app \\\n"
                + "    # the user, in that group\n"
                + "\n"
                + " && useradd --uid 10001 app \\   \n"
                + "    && true\n"
                + "USER app\n");

        Instruction run = dockerfile.instructions().get(1);
        assertEquals(2, run.line());
        assertEquals("groupadd --gid 10001 app  && useradd --uid 10001 app     && true", run.arguments());
        assertEquals(7, dockerfile.instructions().get(2).line());
    }

    @Test
    void theEscapeDirectiveChangesTheContinuationCharacter() {
        Dockerfile dockerfile = Dockerfile.parse("# escape=`\nFROM scratch\nCOPY target\\app `\n  C:\\app\\\n");

        assertEquals("target\\app   C:\\app\\", dockerfile.instructions().get(1).arguments());
    }

    @Test
    void instructionNamesAreCaseInsensitive() {
        Dockerfile dockerfile = Dockerfile.parse("from scratch\nWorkDir /app\n");

        assertEquals(List.of("FROM", "WORKDIR"), dockerfile.instructions().stream().map(Instruction::keyword).toList());
        assertTrue(dockerfile.instructions().get(1).is("workdir"));
    }

    @Test
    void anUnknownInstructionIsRejectedWithItsLine() {
        DockerfileSyntaxException e = assertThrows(DockerfileSyntaxException.class,
                () -> Dockerfile.parse("FROM scratch\n\nCOPPY a /app/\n"));

        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("COPPY"), e.getMessage());
    }

    @Test
    void anInstructionWithoutArgumentsIsRejected() {
        assertThrows(DockerfileSyntaxException.class, () -> Dockerfile.parse("FROM scratch\nUSER\n"));
    }

    @Test
    void readsFlagsBeforeTheArguments() {
        Instruction copy = Dockerfile.parse("FROM scratch\nCOPY --chown=\"app:app\" --link --from=build /out /app/\n")
                .instructions().get(1);

        assertEquals(List.of(new Instruction.Flag("chown", "app:app"), new Instruction.Flag("link", ""),
                new Instruction.Flag("from", "build")), copy.flags());
        assertEquals(Optional.of("build"), copy.flag("from"));
        assertEquals(Optional.empty(), copy.flag("chmod"));
        assertEquals("/out /app/", copy.arguments());
    }

    @Test
    void readsTheExecFormAsJson() {
        Dockerfile dockerfile = Dockerfile.parse("""
                FROM scratch
                ENTRYPOINT [ "/app/bin/run", "--name=\\"notes\\"" ]
                CMD ["web"]
                """);

        Instruction entrypoint = dockerfile.instructions().get(1);
        assertTrue(entrypoint.isExecForm());
        assertEquals(List.of("/app/bin/run", "--name=\"notes\""), entrypoint.execForm());
        assertEquals(List.of("web"), dockerfile.instructions().get(2).execForm());
    }

    @Test
    void keepsTheShellFormAsText() {
        Instruction cmd = Dockerfile.parse("FROM scratch\nCMD /app/bin/run web\n").instructions().get(1);

        assertFalse(cmd.isExecForm());
        assertEquals("/app/bin/run web", cmd.arguments());
        assertThrows(IllegalStateException.class, cmd::execForm);
    }

    @Test
    void whatIsNotValidJsonIsShellForm() {
        // The builder runs these under /bin/sh -c: single quotes are not JSON, nor is a missing bracket.
        for (String arguments : List.of("['/app/bin/run']", "[\"/app/bin/run\"", "[\"/app/bin/run\"] web")) {
            Instruction cmd = Dockerfile.parse("FROM scratch\nCMD " + arguments + "\n").instructions().get(1);

            assertFalse(cmd.isExecForm(), arguments);
            assertEquals(arguments, cmd.arguments());
        }
    }

    @Test
    void aJsonArrayOfSomethingElseThanStringsIsRejected() {
        assertThrows(DockerfileSyntaxException.class, () -> Dockerfile.parse("FROM scratch\nCMD [\"run\", 8000]\n"));
    }

    @Test
    void theExecFormOnlyAppliesToInstructionsThatHaveIt() {
        Instruction label = Dockerfile.parse("FROM scratch\nLABEL [\"x\"]=y\n").instructions().get(1);

        assertFalse(label.isExecForm());
    }

    @Test
    void readsHereDocuments() {
        Dockerfile dockerfile = Dockerfile.parse("""
                FROM scratch
                RUN <<EOF
                groupadd --gid 10001 app
                EOF
                COPY <<-"CONF" /app/app.conf
                \tport=8000
                \tCONF
                USER app
                """);

        List<Instruction> instructions = dockerfile.instructions();
        assertEquals(List.of("FROM", "RUN", "COPY", "USER"), instructions.stream().map(Instruction::keyword).toList());
        assertEquals(List.of(new Instruction.Heredoc("EOF", "groupadd --gid 10001 app\n")),
                instructions.get(1).heredocs());
        assertEquals(List.of(new Instruction.Heredoc("CONF", "port=8000\n")), instructions.get(2).heredocs());
        assertEquals(8, instructions.get(3).line());
    }

    @Test
    void anUnterminatedHereDocumentIsRejected() {
        assertThrows(DockerfileSyntaxException.class, () -> Dockerfile.parse("FROM scratch\nRUN <<EOF\ntrue\n"));
    }

    @Test
    void aHereStringIsNotAHereDocument() {
        Instruction run = Dockerfile.parse("FROM scratch\nRUN cat <<<EOF\nUSER app\n").instructions().get(1);

        assertEquals(List.of(), run.heredocs());
    }

    @Test
    void splitsStagesAndNamesThem() {
        Dockerfile dockerfile = Dockerfile.parse("""
                ARG JRE=eclipse-temurin:17-jre
                FROM maven:3-eclipse-temurin-17 AS Build
                RUN mvn package
                FROM ${JRE}
                COPY --from=build /out /app/
                USER app
                """);

        List<Stage> stages = dockerfile.stages();
        assertEquals(2, stages.size());
        assertEquals("maven:3-eclipse-temurin-17", stages.get(0).image());
        assertEquals(Optional.of("build"), stages.get(0).name());
        assertEquals(List.of("RUN"), stages.get(0).instructions().stream().map(Instruction::keyword).toList());
        assertEquals(stages.get(1), dockerfile.finalStage());
        assertEquals(Optional.empty(), stages.get(1).name());
        assertEquals(List.of("COPY", "USER"), stages.get(1).instructions().stream().map(Instruction::keyword).toList());
        assertEquals(List.of(stages.get(1)), dockerfile.lineage(stages.get(1)));
    }

    @Test
    void aStageFromAnEarlierStageDescendsFromIt() {
        Dockerfile dockerfile = Dockerfile.parse("""
                FROM eclipse-temurin:17-jre AS base
                FROM maven AS build
                FROM BASE
                """);

        List<Stage> stages = dockerfile.stages();
        assertEquals(List.of(stages.get(0), stages.get(2)), dockerfile.lineage(dockerfile.finalStage()));
    }

    @Test
    void onlyArgMayComeBeforeFrom() {
        DockerfileSyntaxException e = assertThrows(DockerfileSyntaxException.class,
                () -> Dockerfile.parse("ARG V=1\nENV A=1\nFROM scratch\n"));

        assertEquals(2, e.line());
        assertThrows(DockerfileSyntaxException.class, () -> Dockerfile.parse("# nothing\n"));
        assertThrows(DockerfileSyntaxException.class, () -> Dockerfile.parse("FROM a AS\n"));
    }

    @Test
    void acceptsWindowsLineEndingsAndAByteOrderMark() {
        Dockerfile dockerfile = Dockerfile.parse(
                "\uFEFF# syntax=docker/dockerfile:1\r\nFROM scratch\r\nRUN a \\\r\n b\r\n");

        assertEquals("docker/dockerfile:1", dockerfile.directives().get("syntax"));
        assertEquals("a  b", dockerfile.instructions().get(1).arguments());
    }
}
