package io.sextant.accuracy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class MocapConventionTest {

    private static final double[] OFFSET = { 0.2, 0.1, 0.05 };
    private static final double HALF = Math.sqrt(0.5);

    @Test
    void identityLeavesTheOffsetWhereTheOrderPutsW() {
        assertArrayEquals(OFFSET, MocapConvention.WXYZ.rotate(new double[] { 1, 0, 0, 0 }, OFFSET), 1e-12);
        assertArrayEquals(OFFSET, MocapConvention.XYZW.rotate(new double[] { 0, 0, 0, 1 }, OFFSET), 1e-12);
    }

    @Test
    void quarterTurnAboutZTurnsXIntoY() {
        double[] x = { 1, 0, 0 };
        assertArrayEquals(new double[] { 0, 1, 0 }, MocapConvention.WXYZ.rotate(new double[] { HALF, 0, 0, HALF }, x),
                1e-12);
        assertArrayEquals(new double[] { 0, 1, 0 }, MocapConvention.XYZW.rotate(new double[] { 0, 0, HALF, HALF }, x),
                1e-12);
    }

    @Test
    void flippedBodyIsAHalfTurnAboutXBeforeTheRotation() {
        assertArrayEquals(new double[] { 0.2, -0.1, -0.05 },
                MocapConvention.WXYZ_BODY_FLIPPED.rotate(new double[] { 1, 0, 0, 0 }, OFFSET), 1e-12);
        // The recordings' rigid body starts a half turn about x: flipped, the tags are back where the README puts them.
        assertArrayEquals(OFFSET, MocapConvention.WXYZ_BODY_FLIPPED.rotate(new double[] { 0, 1, 0, 0 }, OFFSET),
                1e-12);
    }

    @Test
    void normalisesTheQuaternion() {
        assertArrayEquals(OFFSET, MocapConvention.WXYZ.rotate(new double[] { 2, 0, 0, 0 }, OFFSET), 1e-12);
    }
}
