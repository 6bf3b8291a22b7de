package io.sextant.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErrorStatsTest {

    @Test
    void summarisesFiniteErrorsAndCountsNaNAsFailures() {
        ErrorStats stats = ErrorStats.of(new double[] { 4, 1, Double.NaN, 3, 2 });
        assertEquals(4, stats.count());
        assertEquals(1, stats.failures());
        assertEquals(Math.sqrt(7.5), stats.rmseMetres(), 1e-12);
        assertEquals(2.5, stats.meanMetres(), 1e-12);
        assertEquals(2.5, stats.medianMetres(), 1e-12);
        assertEquals(3.7, stats.p90Metres(), 1e-12);
        assertEquals(3.85, stats.p95Metres(), 1e-12);
        assertEquals(4, stats.maxMetres(), 0);
    }

    @Test
    void printsAMarkdownRowMatchingTheHeader() {
        String row = ErrorStats.of(new double[] { 1, 2, 3, 4, Double.NaN }).toString();
        assertEquals("| 4 | 1 | 2.739 | 2.500 | 2.500 | 3.700 | 3.850 | 4.000 |", row);
        String header = ErrorStats.markdownHeader().lines().findFirst().orElseThrow();
        assertEquals(header.split("\\|").length, row.split("\\|").length);
    }

    @Test
    void nothingMeasuredGivesNaNStatistics() {
        ErrorStats stats = ErrorStats.of(new double[] { Double.NaN });
        assertEquals(0, stats.count());
        assertEquals(1, stats.failures());
        assertTrue(Double.isNaN(stats.rmseMetres()));
    }
}
