package dev.dockerflow.jakarta.internal.heartbeat;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.CheckResult;
import dev.dockerflow.jakarta.heartbeat.MessageIds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps apart the checks that answered to one name in a heartbeat. A bridged MicroProfile Health check
 * tells its name only when called, so two checks may meet under one name only then; merging them
 * would lose one's messages and leave the body's status above every check it lists. Instead, in the
 * order of their sources (stable from one heartbeat to the next), the first keeps the name and the
 * others are shown as {@code name#2}, {@code name#3}, each with an error ({@value MessageIds#NAME_CLASH})
 * naming all of them.
 */
final class NameClashes {

    /** One check's result and what the check is. */
    record Answer(CheckResult result, String source) {
    }

    private NameClashes() {
    }

    static List<CheckResult> separate(List<Answer> answers) {
        Map<String, List<Answer>> byName = new LinkedHashMap<>();
        for (Answer answer : answers) {
            byName.computeIfAbsent(answer.result().name(), name -> new ArrayList<>()).add(answer);
        }
        Set<String> taken = new HashSet<>(byName.keySet());
        List<CheckResult> separated = new ArrayList<>(answers.size());
        byName.forEach((name, sharing) -> {
            if (sharing.size() == 1) {
                separated.add(sharing.get(0).result());
            } else {
                separated.addAll(renamed(name, sharing, taken));
            }
        });
        return separated;
    }

    private static List<CheckResult> renamed(String name, List<Answer> sharing, Set<String> taken) {
        List<Answer> ordered = new ArrayList<>(sharing);
        ordered.sort(Comparator.comparing(Answer::source, String.CASE_INSENSITIVE_ORDER));
        List<String> shownAs = new ArrayList<>(List.of(name));
        for (int suffix = 2; shownAs.size() < ordered.size(); suffix++) {
            // Skip a name another check already goes by: every entry of the body must stay distinct.
            if (taken.add(name + "#" + suffix)) {
                shownAs.add(name + "#" + suffix);
            }
        }
        List<String> described = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            described.add(ordered.get(i).source() + " (shown as " + shownAs.get(i) + ")");
        }
        CheckMessage clash = CheckMessage.error(MessageIds.NAME_CLASH, "checks share the name " + name + ": "
                + String.join(", ", described) + "; give each check its own name");
        List<CheckResult> renamed = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            List<CheckMessage> messages = new ArrayList<>();
            messages.add(clash);
            messages.addAll(ordered.get(i).result().messages());
            renamed.add(new CheckResult(shownAs.get(i), messages));
        }
        return renamed;
    }
}
