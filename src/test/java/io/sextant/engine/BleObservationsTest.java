package io.sextant.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class BleObservationsTest {

    @Test
    void growsAsNeededAndClearsForReuse() {
        BleObservations observations = new BleObservations().tagHeightMetres(0.9);
        for (int i = 0; i < 100; i++) {
            observations.add(i, -40 - i);
        }
        assertEquals(100, observations.count());
        assertEquals(77, observations.deviceIndex(77));
        assertEquals(-117, observations.rssiDbm(77));
        assertEquals(0.9, observations.tagHeightMetres());
        observations.clear();
        assertEquals(0, observations.count());
        assertEquals(BlePathLoss.DEFAULT_TAG_HEIGHT_METRES, observations.tagHeightMetres());
    }

    @Test
    void anUnknownTagHeightIsTheDefault() {
        BleObservations observations = new BleObservations();
        assertEquals(BlePathLoss.DEFAULT_TAG_HEIGHT_METRES, observations.tagHeightMetres(Double.NaN).tagHeightMetres());
        assertEquals(BlePathLoss.DEFAULT_TAG_HEIGHT_METRES,
                observations.tagHeightMetres(Double.NEGATIVE_INFINITY).tagHeightMetres());
    }

    @Test
    void roomStatesSayWhetherTheTagIsPlacedAndInARoom() {
        assertFalse(RoomState.UNKNOWN.isLocated());
        assertFalse(RoomState.UNKNOWN.inRoom());
        RoomState corridor = new RoomState(RoomModel.CORRIDOR_ID, "C", 0.8, 1, 7, 4, "", 0);
        assertTrue(corridor.isLocated() && !corridor.inRoom());
        assertTrue(new RoomState("S2", "S2", 0.9, 9, 3, 3.6, "", 0).inRoom());
    }

    @Test
    void theLatticeCoversTheBoxWithANodeBeyondEachSide() {
        BleLattice lattice = BleLattice.covering(new Envelope(0, 10, 0, 4), 0.5);
        assertEquals(-0.25, lattice.nodeX(0));
        assertEquals(10.25, lattice.nodeX(lattice.columns() - 1));
        assertEquals(4.25, lattice.nodeY(lattice.rows() - 1));
        assertEquals(0, lattice.nearestColumn(-7));
        assertEquals(lattice.columns() - 1, lattice.nearestColumn(70));
        assertEquals(lattice.index(3, 2), 2 * lattice.columns() + 3);
    }
}
