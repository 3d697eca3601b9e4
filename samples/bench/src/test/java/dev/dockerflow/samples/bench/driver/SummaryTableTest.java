package dev.dockerflow.samples.bench.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SummaryTableTest {

    @Test
    void rendersAlignedMarkdown() {
        String table = new SummaryTable().row("a case", "rps", "10", "20", "0.500", ">= 0.95", "NOT met").render();
        assertEquals("""
                | case   | figure | measured | baseline | ratio | target  | result  |
                | ------ | ------ | -------- | -------- | ----- | ------- | ------- |
                | a case | rps    | 10       | 20       | 0.500 | >= 0.95 | NOT met |
                """, table);
    }

    @Test
    void aRowFillsEveryColumn() {
        assertThrows(IllegalArgumentException.class, () -> new SummaryTable().row("a", "b"));
    }

    @Test
    void millisecondsKeepAboutThreeFigures() {
        assertEquals("8.39", Bench.millis(8.391));
        assertEquals("35.2", Bench.millis(35.24));
        assertEquals("2022", Bench.millis(2021.7));
    }
}
