package io.sextant.engine;

import java.util.Objects;

/**
 * Decides floor changes with hysteresis. People change floors by stairs or lift: a tag near a
 * stairwell or lift moves to another floor after a few epochs whose readings point there; a tag
 * elsewhere needs overwhelming evidence (many epochs in a row), so that one anchor heard through
 * a slab does not teleport it. Pure and thread-safe.
 */
public final class FloorSelector {

    /**
     * @param confirmEpochs epochs in a row pointing to another floor that move a tag near stairs or a lift
     * @param overwhelmingEpochs epochs in a row that move a tag anywhere (e.g. it was unheard on the stairs)
     */
    public record Settings(int confirmEpochs, int overwhelmingEpochs) {
        public static final Settings DEFAULTS = new Settings(3, 20);
    }

    private final Settings settings;

    public FloorSelector(Settings settings) {
        this.settings = settings;
    }

    /**
     * @param prior the tag's floor state, or null for a tag not seen before (it starts on the evidence)
     * @param evidenceFloorId the floor this epoch's readings point to
     * @param nearConnector whether the tag's last position is in or next to stairs or a lift
     */
    public FloorState next(FloorState prior, String evidenceFloorId, boolean nearConnector) {
        if (prior == null) {
            return FloorState.on(evidenceFloorId);
        }
        if (prior.floorId().equals(evidenceFloorId)) {
            return prior.candidateId() == null ? prior : FloorState.on(prior.floorId());
        }
        int count = Objects.equals(prior.candidateId(), evidenceFloorId) ? prior.candidateCount() + 1 : 1;
        boolean move = count >= (nearConnector ? settings.confirmEpochs() : settings.overwhelmingEpochs());
        return move ? FloorState.on(evidenceFloorId) : new FloorState(prior.floorId(), evidenceFloorId, count);
    }
}
