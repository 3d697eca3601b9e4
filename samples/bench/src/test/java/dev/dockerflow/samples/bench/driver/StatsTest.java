package dev.dockerflow.samples.bench.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertEquals(3.0, Stats.median(5, 1, 3));
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertEquals(2.5, Stats.median(4, 1, 3, 2));
    }

    @Test
    void percentileIsTheNearestRank() {
        double[] values = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        assertEquals(90.0, Stats.percentile(90, values));
        assertEquals(100.0, Stats.percentile(91, values));
        assertEquals(100.0, Stats.percentile(100, values));
        assertEquals(10.0, Stats.percentile(1, values));
    }

    @Test
    void noValuesIsAnError() {
        assertThrows(IllegalArgumentException.class, Stats::median);
        assertThrows(IllegalArgumentException.class, () -> Stats.percentile(0, 1));
    }
}
