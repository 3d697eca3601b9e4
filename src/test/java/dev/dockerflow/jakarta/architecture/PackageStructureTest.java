package dev.dockerflow.jakarta.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shape a user relies on: the public API is the exported packages and nothing else public lives
 * outside {@code internal}; no two packages depend on each other, directly or around a loop.
 */
class PackageStructureTest {

    private static final String ROOT = "dev.dockerflow.jakarta";

    private static final Set<String> API_PACKAGES = Set.of(ROOT, ROOT + ".heartbeat", ROOT + ".logging",
            ROOT + ".version");

    private static final JavaClasses LIBRARY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ROOT);

    @Test
    void noPackageCycle() {
        // "(**)" captures the whole package name below dev.dockerflow: one slice per package.
        slices().matching("dev.dockerflow.(**)").should().beFreeOfCycles().check(LIBRARY);
    }

    @Test
    void everyPublicTypeOutsideInternalIsInAnApiPackage() {
        classes().that().arePublic().and().resideOutsideOfPackage(ROOT + ".internal..")
                .should().resideInAnyPackage(API_PACKAGES.toArray(String[]::new))
                .check(LIBRARY);
    }

    @Test
    void theModuleExportsExactlyTheApiPackages() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            Set<String> exported = ModuleDescriptor.read(in).exports().stream()
                    .filter(export -> !export.isQualified()).map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(API_PACKAGES), exported);
        }
    }

    @Test
    void theApiIsSmall() {
        Set<String> api = LIBRARY.stream()
                .filter(type -> API_PACKAGES.contains(type.getPackageName()))
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC) && type.isTopLevelClass())
                .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(
                ROOT + ".DockerflowFeature",
                ROOT + ".heartbeat.CheckLevel",
                ROOT + ".heartbeat.CheckName",
                ROOT + ".heartbeat.CheckMessage",
                ROOT + ".heartbeat.CheckResult",
                ROOT + ".heartbeat.DockerflowCheck",
                ROOT + ".heartbeat.HeartbeatFailed",
                ROOT + ".heartbeat.HeartbeatPassed",
                ROOT + ".heartbeat.HeartbeatResult",
                ROOT + ".heartbeat.MessageIds",
                ROOT + ".heartbeat.RedisPing",
                ROOT + ".logging.DockerflowLevels",
                ROOT + ".logging.LogFields",
                ROOT + ".logging.MozlogFormatter",
                ROOT + ".logging.MozlogHandler",
                ROOT + ".logging.RequestId",
                ROOT + ".version.VersionProvider"), api);
    }
}
