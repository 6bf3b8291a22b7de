package io.sextant.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FloorSelectorTest {

    private final FloorSelector selector = new FloorSelector(FloorSelector.Settings.DEFAULTS);

    @Test
    void aNewTagStartsWhereTheEvidenceIs() {
        assertEquals("f1", selector.next(null, "f1", false).floorId());
    }

    @Test
    void nearStairsAFewEpochsMoveTheTag() {
        FloorState state = FloorState.on("f1");
        state = selector.next(state, "f2", true);
        state = selector.next(state, "f2", true);
        assertEquals("f1", state.floorId());
        assertEquals("f2", selector.next(state, "f2", true).floorId());
    }

    @Test
    void awayFromStairsOnlyOverwhelmingEvidenceMovesIt() {
        FloorState state = FloorState.on("f1");
        for (int i = 0; i < 19; i++) {
            state = selector.next(state, "f2", false);
            assertEquals("f1", state.floorId(), "epoch " + i);
        }
        assertEquals("f2", selector.next(state, "f2", false).floorId());
    }

    @Test
    void oneEpochBackOnTheCurrentFloorResetsTheCount() {
        FloorState state = FloorState.on("f1");
        state = selector.next(state, "f2", true);
        state = selector.next(state, "f2", true);
        state = selector.next(state, "f1", true);
        state = selector.next(state, "f2", true);
        assertEquals("f1", state.floorId());
        assertEquals(1, state.candidateCount());
    }
}
