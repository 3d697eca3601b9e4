package dev.dockerflow.samples.smoke;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The groups and users that {@code RUN} commands create, read from the options of {@code groupadd} and
 * {@code useradd} (shadow-utils), {@code addgroup} and {@code adduser} (Debian's and BusyBox's), so
 * that the ids a file owner or {@code USER} resolves to at run time are known without building the
 * image.
 */
final class UserAccounts {

    /**
     * One simple command of a {@code RUN}.
     *
     * @param instruction the {@code RUN} it belongs to
     * @param words its words, expanded
     */
    record Command(Instruction instruction, List<String> words) {
    }

    /**
     * A group a command creates.
     *
     * @param name its name
     * @param gid the gid given, or empty when the system picks one
     * @param instruction the {@code RUN} that creates it
     */
    record Group(String name, Optional<String> gid, Instruction instruction) {
    }

    /**
     * A user a command creates.
     *
     * @param name its name
     * @param uid the uid given, or empty when the system picks one
     * @param group its primary group as given (a name or a gid), or empty when left to the system
     * @param instruction the {@code RUN} that creates it
     */
    record User(String name, Optional<String> uid, Optional<String> group, Instruction instruction) {
    }

    // Words that may stand before a command without being it.
    private static final Set<String> PREFIXES = Set.of("!", "{", "if", "elif", "then", "else", "while", "until",
            "do", "exec", "command", "sudo", "nohup", "time");

    private static final Set<String> GROUPADD_VALUES = Set.of("-g", "--gid", "-K", "--key", "-p", "--password",
            "-R", "--root", "-P", "--prefix", "-U", "--users");
    private static final Set<String> USERADD_VALUES = Set.of("-b", "--base-dir", "-c", "--comment", "-d",
            "--home-dir", "-e", "--expiredate", "-f", "--inactive", "-g", "--gid", "-G", "--groups", "-k", "--skel",
            "-K", "--key", "-p", "--password", "-R", "--root", "-P", "--prefix", "-s", "--shell", "-u", "--uid",
            "-Z", "--selinux-user");
    // BusyBox takes short options, Debian long ones; BusyBox's adduser -g is the GECOS field, not a group.
    private static final Set<String> ADDGROUP_VALUES = Set.of("-g", "--gid", "--conf", "--firstgid", "--lastgid");
    private static final Set<String> ADDUSER_VALUES = Set.of("-h", "-g", "-s", "-G", "-u", "-k", "--home",
            "--shell", "--gecos", "--comment", "--uid", "--gid", "--ingroup", "--firstuid", "--lastuid",
            "--firstgid", "--lastgid", "--conf");

    private final List<Group> groups = new ArrayList<>();
    private final List<User> users = new ArrayList<>();

    private UserAccounts() {
    }

    /**
     * @param commands the simple commands of a stage's {@code RUN}s, in order
     * @return the accounts they create
     */
    static UserAccounts of(List<Command> commands) {
        UserAccounts accounts = new UserAccounts();
        for (Command command : commands) {
            accounts.read(command);
        }
        return accounts;
    }

    /**
     * @param name a group name
     * @return the last command that creates it, or empty
     */
    Optional<Group> group(String name) {
        return groups.stream().filter(group -> group.name().equals(name)).reduce((first, last) -> last);
    }

    /**
     * @param name a user name
     * @return the last command that creates it, or empty
     */
    Optional<User> user(String name) {
        return users.stream().filter(user -> user.name().equals(name)).reduce((first, last) -> last);
    }

    private void read(Command command) {
        List<String> words = command.words();
        int start = 0;
        while (start < words.size() && (PREFIXES.contains(words.get(start)) || isAssignment(words.get(start)))) {
            start++;
        }
        if (start == words.size()) {
            return;
        }
        String program = words.get(start);
        program = program.substring(program.lastIndexOf('/') + 1);
        List<String> arguments = words.subList(start + 1, words.size());
        Instruction at = command.instruction();
        switch (program) {
            case "groupadd" -> {
                Options options = Options.parse(arguments, GROUPADD_VALUES);
                options.lastOperand().ifPresent(name -> groups.add(new Group(name, options.value("-g", "--gid"), at)));
            }
            case "useradd" -> {
                Options options = Options.parse(arguments, USERADD_VALUES);
                options.lastOperand().ifPresent(name -> users.add(
                        new User(name, options.value("-u", "--uid"), options.value("-g", "--gid"), at)));
            }
            case "addgroup" -> {
                Options options = Options.parse(arguments, ADDGROUP_VALUES);
                // With two operands, addgroup adds an existing user to a group instead of creating one.
                if (options.operands().size() == 1) {
                    groups.add(new Group(options.operands().get(0), options.value("-g", "--gid"), at));
                }
            }
            case "adduser" -> readAdduser(Options.parse(arguments, ADDUSER_VALUES), at);
            default -> {
                // not an account command
            }
        }
    }

    private void readAdduser(Options options, Instruction at) {
        // With two operands, adduser adds an existing user to a group instead of creating one.
        if (options.operands().size() != 1) {
            return;
        }
        String name = options.operands().get(0);
        if (options.has("--group")) {
            // Debian: "adduser --group" creates a group; with --system, a user and its group of the same name.
            groups.add(new Group(name, options.value("--gid"), at));
            if (options.has("--system")) {
                users.add(new User(name, options.value("--uid"), Optional.of(name), at));
            }
            return;
        }
        users.add(new User(name, options.value("-u", "--uid"), options.value("--ingroup", "-G", "--gid"), at));
    }

    private static boolean isAssignment(String word) {
        return word.matches("[A-Za-z_][A-Za-z0-9_]*=.*");
    }

    /** A command's options and operands, read the getopt way. */
    private record Options(Map<String, String> options, List<String> operands) {

        static Options parse(List<String> arguments, Set<String> takingValue) {
            Map<String, String> options = new LinkedHashMap<>();
            List<String> operands = new ArrayList<>();
            for (int i = 0; i < arguments.size(); i++) {
                String argument = arguments.get(i);
                if (argument.equals("--")) {
                    operands.addAll(arguments.subList(i + 1, arguments.size()));
                    break;
                }
                if (argument.startsWith("--")) {
                    int equals = argument.indexOf('=');
                    if (equals > 0) {
                        options.put(argument.substring(0, equals), argument.substring(equals + 1));
                    } else if (takingValue.contains(argument) && i + 1 < arguments.size()) {
                        options.put(argument, arguments.get(++i));
                    } else {
                        options.put(argument, "");
                    }
                } else if (argument.startsWith("-") && argument.length() > 1) {
                    // Short options may be grouped (-rm) and a value may be attached (-u10001).
                    for (int j = 1; j < argument.length(); j++) {
                        String option = "-" + argument.charAt(j);
                        if (takingValue.contains(option)) {
                            String value = j + 1 < argument.length() ? argument.substring(j + 1)
                                    : i + 1 < arguments.size() ? arguments.get(++i) : "";
                            options.put(option, value);
                            break;
                        }
                        options.put(option, "");
                    }
                } else {
                    operands.add(argument);
                }
            }
            return new Options(options, operands);
        }

        boolean has(String option) {
            return options.containsKey(option);
        }

        Optional<String> value(String... names) {
            for (String name : names) {
                String value = options.get(name);
                if (value != null && !value.isEmpty()) {
                    return Optional.of(value);
                }
            }
            return Optional.empty();
        }

        Optional<String> lastOperand() {
            return operands.isEmpty() ? Optional.empty() : Optional.of(operands.get(operands.size() - 1));
        }
    }
}
