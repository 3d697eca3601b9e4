package dev.dockerflow.samples.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class UserAccountsTest {

    private static final Instruction RUN = Dockerfile.parse("FROM scratch\nRUN true\n").instructions().get(1);

    private static UserAccounts of(String script) {
        return UserAccounts.of(ShellCommands.of(script, Map.of()).stream()
                .map(words -> new UserAccounts.Command(RUN, words)).toList());
    }

    @Test
    void readsShadowUtils() {
        UserAccounts accounts = of("groupadd --system --gid 10001 app && useradd -r -m -d /app -s /usr/sbin/nologin"
                + " -c 'The app' -u10001 -g 10001 app");

        assertEquals(Optional.of("10001"), accounts.group("app").flatMap(UserAccounts.Group::gid));
        UserAccounts.User user = accounts.user("app").orElseThrow();
        assertEquals(Optional.of("10001"), user.uid());
        assertEquals(Optional.of("10001"), user.group());
    }

    @Test
    void anOptionValueIsNotTakenForTheName() {
        UserAccounts accounts = of("useradd --home-dir /app --shell /bin/false --comment app other");

        assertEquals(Optional.empty(), accounts.user("app"));
        assertEquals(Optional.empty(), accounts.user("other").flatMap(UserAccounts.User::uid));
    }

    @Test
    void readsDebianAdduser() {
        UserAccounts accounts = of("addgroup --gid 10001 app; adduser --uid 10001 --ingroup app --disabled-password"
                + " --gecos '' --home /app --no-create-home app");

        assertEquals(Optional.of("10001"), accounts.group("app").flatMap(UserAccounts.Group::gid));
        assertEquals(Optional.of("app"), accounts.user("app").flatMap(UserAccounts.User::group));
        assertEquals(Optional.of("10001"), accounts.user("app").flatMap(UserAccounts.User::uid));
    }

    @Test
    void readsDebianAdduserCreatingAGroup() {
        UserAccounts accounts = of("adduser --system --group --gid 10001 --uid 10001 app");

        assertEquals(Optional.of("10001"), accounts.group("app").flatMap(UserAccounts.Group::gid));
        assertEquals(Optional.of("app"), accounts.user("app").flatMap(UserAccounts.User::group));
    }

    @Test
    void readsBusyBoxWhereAdduserDashGIsTheFullName() {
        UserAccounts accounts = of("addgroup -S -g 10001 app"
                + " && adduser -S -D -H -h /app -g 'Notes' -G app -u 10001 app");

        UserAccounts.User user = accounts.user("app").orElseThrow();
        assertEquals(Optional.of("app"), user.group());
        assertEquals(Optional.of("10001"), user.uid());
    }

    @Test
    void addingAUserToAGroupCreatesNeither() {
        UserAccounts accounts = of("addgroup app wheel; adduser app wheel");

        assertEquals(Optional.empty(), accounts.group("wheel"));
        assertEquals(Optional.empty(), accounts.user("app"));
    }

    @Test
    void findsCommandsBehindPrefixesAndPaths() {
        UserAccounts accounts = of("DEBIAN_FRONTEND=noninteractive sudo /usr/sbin/groupadd -g 10001 app\n"
                + "# useradd -u 0 app\n"
                + "(exec useradd -u 10001 -g app app) | cat");

        assertEquals(Optional.of("10001"), accounts.group("app").flatMap(UserAccounts.Group::gid));
        assertEquals(Optional.of("10001"), accounts.user("app").flatMap(UserAccounts.User::uid));
    }

    @Test
    void theLastCommandForANameWins() {
        UserAccounts accounts = of("groupadd -g 1 app; groupdel app; groupadd -g 10001 app");

        assertEquals(Optional.of("10001"), accounts.group("app").flatMap(UserAccounts.Group::gid));
    }

    @Test
    void redirectionsAreNoArguments() {
        UserAccounts accounts = of("groupadd -g 10001 app 2>/dev/null || true\n"
                + "useradd -u 10001 -g app app >/dev/null 2>&1 </dev/null");

        assertEquals(Optional.of("10001"), accounts.group("app").flatMap(UserAccounts.Group::gid));
        assertEquals(Optional.of("10001"), accounts.user("app").flatMap(UserAccounts.User::uid));
        assertEquals(List.of(List.of("echo", "a2", "b")), ShellCommands.of("echo a2>x b >> y", Map.of()));
    }

    @Test
    void splitsCommandsOnEveryOperator() {
        assertEquals(List.of(List.of("a", "x y"), List.of("b"), List.of("c"), List.of("d"), List.of("e")),
                ShellCommands.of("a \"x y\" && b || c; d | e &", Map.of()));
    }
}
