package io.sextant.testing;

import java.nio.file.Path;

import io.sextant.geometry.Site;
import io.sextant.ingest.FloorPlanFiles;

/** The demo hospital of floorplans/demo-hospital as a geometry model, read from the working tree. */
public final class DemoHospital {

    private DemoHospital() {
    }

    public static Site load() {
        return FloorPlanFiles.load(Path.of("floorplans", "demo-hospital"));
    }
}
