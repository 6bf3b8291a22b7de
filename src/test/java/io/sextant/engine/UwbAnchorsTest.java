package io.sextant.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.sextant.geometry.Anchor;

class UwbAnchorsTest {

    private static final List<Anchor> PLAN = List.of(new Anchor("A", 1, 2, 2.5, 0.18), new Anchor("B", 10, 2, 2.8, 0));

    @Test
    void indexesAnchorsInPlanOrderWithAbsoluteHeights() {
        UwbAnchors anchors = UwbAnchors.of(PLAN, 4.2);
        assertEquals(2, anchors.size());
        assertEquals(1, anchors.indexOf("B"));
        assertEquals(-1, anchors.indexOf("C"));
        assertEquals("A", anchors.id(0));
        assertEquals(10, anchors.xMetres(1));
        assertEquals(2, anchors.yMetres(1));
        assertEquals(6.7, anchors.zMetres(0), 1e-12);
        assertEquals(0.18, anchors.biasMetres(0));
        assertEquals(4.2, anchors.floorElevationMetres());
    }

    @Test
    void calibratedBiasesReplaceThePlansInACopy() {
        UwbAnchors plan = UwbAnchors.of(PLAN, 0);
        UwbAnchors calibrated = plan.withBiases(Map.of("B", 0.21));
        assertEquals(0.21, calibrated.biasMetres(1));
        assertEquals(0.18, calibrated.biasMetres(0));
        assertEquals(0, plan.biasMetres(1), "the original is immutable");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> plan.withBiases(Map.of("Z", 0.1)));
        assertTrue(unknown.getMessage().contains("no anchor Z"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> plan.withBiases(Map.of("A", Double.NaN)));
    }

    @Test
    void rejectsARepeatedIdOrANonFiniteNumber() {
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> UwbAnchors.of(List.of(PLAN.get(0), PLAN.get(0)), 0));
        assertTrue(twice.getMessage().contains("anchor A appears twice"), twice.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> UwbAnchors.of(List.of(new Anchor("N", Double.NaN, 0, 2.5, 0)), 0));
        assertTrue(nan.getMessage().contains("x of anchor N"), nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> UwbAnchors.of(PLAN, Double.POSITIVE_INFINITY));
    }
}
