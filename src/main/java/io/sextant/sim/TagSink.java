package io.sextant.sim;

import io.sextant.model.Reading;

/** Where a {@link SimulatedTag} puts what it does; the floor picks the gateway that hears it. */
interface TagSink {

    void reading(String floorId, Reading reading);

    void event(String floorId, StatusEvent event);

    void truth(String tagId, WalkSample sample);
}
