package dev.dockerflow.samples.bench.driver;

import java.util.ArrayList;
import java.util.List;

/**
 * The report's table, as Markdown whose columns are padded to line up, so that it reads in a terminal
 * and pastes into docs/performance.md unchanged.
 */
final class SummaryTable {

    /** The columns: each row of the report fills them all, an empty string for nothing. */
    static final List<String> HEADER = List.of("case", "figure", "measured", "baseline", "ratio", "target", "result");

    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param cells one per column of {@link #HEADER}
     * @return this table
     */
    SummaryTable row(String... cells) {
        if (cells.length != HEADER.size()) {
            throw new IllegalArgumentException("a row has " + HEADER.size() + " cells, not " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    /** @return the table, one line per row after the header and its rule, each line ending in a newline */
    String render() {
        int[] widths = new int[HEADER.size()];
        for (List<String> row : all()) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(Math.max(widths[i], row.get(i).length()), 3);
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, HEADER, widths);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        line(out, rule, widths);
        rows.forEach(row -> line(out, row, widths));
        return out.toString();
    }

    private List<List<String>> all() {
        List<List<String>> all = new ArrayList<>(rows);
        all.add(HEADER);
        return all;
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        out.append('|');
        for (int i = 0; i < cells.size(); i++) {
            out.append(' ').append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length())).append(" |");
        }
        out.append('\n');
    }
}
