package dev.dockerflow.samples.smoke;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The patterns of a {@code .dockerignore} file and whether they keep a path out of the build context,
 * with the builder's semantics: {@code *} and {@code ?} within one path segment, {@code **} across
 * segments, {@code !} to bring a path back, the last matching pattern deciding, and a path excluded
 * when a pattern matches it or one of its parent directories.
 */
final class DockerIgnore {

    private record Rule(Pattern pattern, boolean reinclude) {
    }

    private final List<Rule> rules;

    private DockerIgnore(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** @return patterns that exclude nothing, as when there is no {@code .dockerignore} */
    static DockerIgnore none() {
        return new DockerIgnore(List.of());
    }

    /**
     * @param text a {@code .dockerignore} file's content
     * @return its patterns
     */
    static DockerIgnore parse(String text) {
        List<Rule> rules = new ArrayList<>();
        for (String line : text.replace("\uFEFF", "").split("\r?\n")) {
            // A comment only counts as one at the very start of the line, before trimming.
            if (line.startsWith("#")) {
                continue;
            }
            String pattern = line.strip();
            boolean reinclude = pattern.startsWith("!");
            if (reinclude) {
                pattern = pattern.substring(1).strip();
            }
            if (pattern.isEmpty()) {
                continue;
            }
            rules.add(new Rule(compile(clean(pattern)), reinclude));
        }
        return new DockerIgnore(rules);
    }

    /**
     * @param path a path relative to the build context, {@code /}-separated
     * @return whether the builder leaves it out of the context
     */
    boolean excludes(String path) {
        String file = clean(path);
        List<String> parents = new ArrayList<>();
        String[] segments = file.split("/");
        for (int i = 1; i < segments.length; i++) {
            parents.add(String.join("/", List.of(segments).subList(0, i)));
        }
        boolean excluded = false;
        for (Rule rule : rules) {
            // A pattern can only change the outcome: skip re-includes while included and excludes while excluded.
            if (rule.reinclude() != excluded) {
                continue;
            }
            boolean match = rule.pattern().matcher(file).matches()
                    || parents.stream().anyMatch(parent -> rule.pattern().matcher(parent).matches());
            if (match) {
                excluded = !rule.reinclude();
            }
        }
        return excluded;
    }

    /**
     * Lexically cleans a path as Go's {@code filepath.Clean} does, without a leading slash: patterns and
     * paths are both relative to the context.
     */
    static String clean(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..") && !segments.isEmpty() && !segments.get(segments.size() - 1).equals("..")) {
                segments.remove(segments.size() - 1);
            } else {
                segments.add(segment);
            }
        }
        return segments.isEmpty() ? "." : String.join("/", segments);
    }

    /**
     * @param pattern a cleaned pattern with the builder's wildcards, which {@code COPY} sources share
     * @return the regular expression matching the same paths
     */
    static Pattern compile(String pattern) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                i += 2;
                if (i < pattern.length() && pattern.charAt(i) == '/') {
                    i++;
                }
                // "**" at the end matches everything below; elsewhere, any number of whole segments.
                regex.append(i == pattern.length() ? ".*" : "(.*/)?");
            } else if (c == '*') {
                regex.append("[^/]*");
                i++;
            } else if (c == '?') {
                regex.append("[^/]");
                i++;
            } else if (c == '[') {
                int close = pattern.indexOf(']', i + 1);
                if (close < 0) {
                    regex.append(Pattern.quote("["));
                    i++;
                } else {
                    regex.append(pattern, i, close + 1);
                    i = close + 1;
                }
            } else if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(i + 1))));
                i += 2;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return Pattern.compile(regex.toString());
    }
}
