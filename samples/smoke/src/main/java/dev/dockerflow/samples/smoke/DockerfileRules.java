package dev.dockerflow.samples.smoke;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Dockerflow rules for a service's container image, checked on its Dockerfile since no image is
 * built here: sources in {@code /app}, a user and group {@code app} with uid and gid 10001 and
 * {@code USER app}, both {@code ENTRYPOINT} and {@code CMD}, and a service listening on {@code $PORT}
 * (8000 unless told otherwise).
 *
 * <p>The rules apply to the final stage, the one that becomes the image. Run after the module is
 * packaged, the check also proves that the build produces every file the Dockerfile copies from the
 * module directory, and that {@code .dockerignore} keeps none of them out.
 */
public final class DockerfileRules {

    /** The name of the user and of the group the service runs as. */
    public static final String APP = "app";
    /** The uid of {@link #APP}, and the gid of its group. */
    public static final String APP_ID = "10001";
    /** Where the image holds the service. */
    public static final String APP_DIR = "/app";
    /** The port the service listens on when {@code $PORT} is not set. */
    public static final String DEFAULT_PORT = "8000";

    private static final Set<String> APP_NAMES = Set.of(APP, APP_ID);

    private final String name;
    private final FinalStage stage;
    private final BuildContext context;
    private final List<String> violations = new ArrayList<>();

    private DockerfileRules(String name, FinalStage stage, BuildContext context) {
        this.name = name;
        this.stage = stage;
        this.context = context;
    }

    /**
     * Checks the {@code Dockerfile} of a module built with the module directory as build context.
     *
     * @param moduleDir the module directory, holding the {@code Dockerfile}
     * @return every rule the Dockerfile breaks, one human-readable sentence each; empty when it keeps them all
     */
    public static List<String> check(Path moduleDir) {
        return check(moduleDir, moduleDir.resolve("Dockerfile"));
    }

    /**
     * Checks a Dockerfile against the build context it is built with.
     *
     * @param contextDir the directory {@code docker build} is given
     * @param dockerfile the Dockerfile
     * @return every rule the Dockerfile breaks, one human-readable sentence each; empty when it keeps them all
     */
    public static List<String> check(Path contextDir, Path dockerfile) {
        String name = dockerfile.getFileName().toString();
        if (!Files.isRegularFile(dockerfile)) {
            return List.of("there is no " + name + " in " + contextDir.getFileName());
        }
        try {
            DockerfileRules rules = new DockerfileRules(name, FinalStage.of(Dockerfile.read(dockerfile)),
                    BuildContext.of(contextDir));
            rules.checkAccounts();
            rules.checkFiles();
            rules.checkUser();
            rules.checkCommand();
            rules.checkPort();
            return List.copyOf(rules.violations);
        } catch (DockerfileSyntaxException e) {
            return List.of(name + " cannot be read: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkAccounts() {
        UserAccounts accounts = stage.accounts();
        Optional<UserAccounts.Group> group = accounts.group(APP);
        if (group.isEmpty()) {
            report("no RUN creates the group app (groupadd --gid 10001 app)");
        } else if (group.get().gid().isEmpty()) {
            report(group.get().instruction(), "the group app is created without a fixed gid: give it --gid 10001");
        } else if (!group.get().gid().get().equals(APP_ID)) {
            report(group.get().instruction(), "the group app has gid " + group.get().gid().get() + ", not 10001");
        }
        Optional<UserAccounts.User> user = accounts.user(APP);
        if (user.isEmpty()) {
            report("no RUN creates the user app (useradd --uid 10001 --gid 10001 app)");
            return;
        }
        Instruction at = user.get().instruction();
        if (user.get().uid().isEmpty()) {
            report(at, "the user app is created without a fixed uid: give it --uid 10001");
        } else if (!user.get().uid().get().equals(APP_ID)) {
            report(at, "the user app has uid " + user.get().uid().get() + ", not 10001");
        }
        if (user.get().group().isEmpty()) {
            report(at, "the user app is created without its primary group: give it --gid 10001");
        } else if (!APP_NAMES.contains(user.get().group().get())) {
            report(at, "the user app's primary group is " + user.get().group().get() + ", not app (10001)");
        }
    }

    private void checkFiles() {
        Optional<FinalStage.Setting> workdir = stage.workdir();
        if (workdir.isEmpty()) {
            report("no WORKDIR /app");
        } else if (!workdir.get().value().equals(APP_DIR)) {
            report(workdir.get().instruction(), "the last WORKDIR is " + workdir.get().value() + ", not /app");
        }
        // A copy to the wrong place is reported as such; this is for an image that copies nothing at all.
        if (stage.copies().stream().noneMatch(copy -> isUnderApp(copy.destination()) || copy.fromContext())) {
            report("nothing is copied into /app");
        }
        for (FinalStage.Copy copy : stage.copies()) {
            if (copy.fromContext()) {
                checkCopy(copy);
            }
        }
    }

    private void checkCopy(FinalStage.Copy copy) {
        Instruction at = copy.instruction();
        String keyword = at.keyword();
        if (!isUnderApp(copy.destination())) {
            report(at, keyword + " destination " + copy.destination() + " is outside /app");
        }
        for (String source : copy.sources()) {
            if (context.leavesContext(source)) {
                report(at, keyword + " source " + source + " is outside the build context");
                continue;
            }
            List<Path> matches = context.resolve(source);
            if (matches.isEmpty()) {
                report(at, keyword + " source " + source + " does not exist: the build does not produce it");
            }
            for (Path match : matches) {
                List<String> excluded = context.excluded(match);
                if (!excluded.isEmpty()) {
                    report(at, keyword + " source " + source + ": .dockerignore leaves out " + sample(excluded));
                }
            }
        }
    }

    private void checkUser() {
        Optional<FinalStage.Setting> user = stage.user();
        if (user.isEmpty()) {
            report("no USER app: the service would run as root");
            return;
        }
        String[] parts = user.get().value().split(":", 2);
        if (!APP_NAMES.contains(parts[0])) {
            report(user.get().instruction(), "the last USER is " + parts[0] + ", not app (10001)");
        }
        if (parts.length == 2 && !APP_NAMES.contains(parts[1])) {
            report(user.get().instruction(), "the USER's group is " + parts[1] + ", not app (10001)");
        }
    }

    private void checkCommand() {
        // In shell form the process is /bin/sh -c, which does not pass SIGTERM on to the service,
        // and a shell-form CMD reaches an exec-form ENTRYPOINT as "/bin/sh -c ..." arguments.
        checkExecForm("ENTRYPOINT", stage.entrypoint());
        checkExecForm("CMD", stage.cmd());
    }

    private void checkExecForm(String keyword, Optional<Instruction> instruction) {
        if (instruction.isEmpty()) {
            report("no " + keyword);
        } else if (!instruction.get().isExecForm()) {
            report(instruction.get(), keyword + " is in shell form: write it as a JSON array");
        } else if (instruction.get().execForm().isEmpty()) {
            report(instruction.get(), keyword + " is an empty array");
        }
    }

    private void checkPort() {
        FinalStage.Setting port = stage.environment().get("PORT");
        if (port == null) {
            report("no ENV PORT=8000: the service listens on $PORT");
        } else if (!port.value().equals(DEFAULT_PORT)) {
            report(port.instruction(), "ENV PORT is " + port.value() + ", not Dockerflow's default 8000");
        }
        if (stage.exposed().isEmpty()) {
            report("no EXPOSE of $PORT");
        }
        for (FinalStage.Setting exposed : stage.exposed()) {
            String number = exposed.value().replaceFirst("(?i)/tcp$", "");
            if (port != null && !number.equals(port.value())) {
                report(exposed.instruction(), "EXPOSE " + exposed.value() + " is not $PORT (" + port.value() + ")");
            }
        }
    }

    private static boolean isUnderApp(String path) {
        return path.equals(APP_DIR) || path.startsWith(APP_DIR + "/");
    }

    private static String sample(List<String> paths) {
        int shown = Math.min(3, paths.size());
        String listed = String.join(", ", paths.subList(0, shown));
        return paths.size() > shown ? listed + " and " + (paths.size() - shown) + " more" : listed;
    }

    private void report(String violation) {
        violations.add(name + ": " + violation);
    }

    private void report(Instruction at, String violation) {
        violations.add(name + ":" + at.line() + ": " + violation);
    }
}
