package io.sextant.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.NavigationGraph;
import io.sextant.geometry.Site;
import io.sextant.model.Reading;
import io.sextant.sim.BleRadioModel;
import io.sextant.sim.BleRadioSettings;
import io.sextant.sim.TagWalker;
import io.sextant.sim.UwbRadioModel;
import io.sextant.sim.UwbRadioSettings;
import io.sextant.sim.WalkSample;
import io.sextant.sim.WalkerSettings;

/**
 * A tag walking through a site for a while, with the readings the radio models give at every
 * step: known truth for engine tests and accuracy benchmarks. Deterministic for a seed.
 */
public record SimulatedRun(List<WalkSample> truth, List<Reading> readings) {

    public static final Instant START = Instant.parse("2026-11-21T08:00:00Z");
    public static final double TAG_HEIGHT_METRES = 1.2;

    /** UWB ranging at the walker's sample rate. */
    public static SimulatedRun uwb(Site site, String tagId, Duration duration, double sampleHz, UwbRadioSettings radio, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<WalkSample> truth = walk(site, duration, sampleHz, random);
        Map<String, UwbRadioModel> models = new HashMap<>();
        List<Reading> readings = new ArrayList<>();
        for (WalkSample sample : truth) {
            UwbRadioModel model = models.computeIfAbsent(sample.floorId(), f -> new UwbRadioModel(floor(site, f), radio));
            readings.addAll(model.ranges(tagId, sample.x(), sample.y(), TAG_HEIGHT_METRES, sample.time(), random));
        }
        return new SimulatedRun(truth, readings);
    }

    /** BLE advertisements heard by the fixed receivers at the walker's sample rate. */
    public static SimulatedRun ble(Site site, String tagId, Duration duration, double sampleHz, BleRadioSettings radio, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<WalkSample> truth = walk(site, duration, sampleHz, random);
        Map<String, BleRadioModel> models = new HashMap<>();
        List<Reading> readings = new ArrayList<>();
        for (WalkSample sample : truth) {
            BleRadioModel model = models.computeIfAbsent(sample.floorId(), f -> new BleRadioModel(floor(site, f), radio, seed));
            readings.addAll(model.advertisement(tagId, sample.x(), sample.y(), TAG_HEIGHT_METRES, sample.time(), random));
        }
        return new SimulatedRun(truth, readings);
    }

    private static List<WalkSample> walk(Site site, Duration duration, double sampleHz, SplittableRandom random) {
        WalkerSettings person = WalkerSettings.PERSON;
        WalkerSettings settings = new WalkerSettings(person.speedMetresPerSecond(), 2, 10, 1 / sampleHz);
        return new TagWalker(site, new NavigationGraph(site), settings).walk(START, duration, random);
    }

    private static FloorPlan floor(Site site, String floorId) {
        return site.floor(floorId).orElseThrow();
    }

    /** The true position at a time: the latest sample not after it. */
    public WalkSample truthAt(Instant time) {
        int low = 0;
        int high = truth.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (truth.get(mid).time().isAfter(time)) {
                high = mid - 1;
            } else {
                low = mid;
            }
        }
        return truth.get(low);
    }
}
