package io.sextant.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.locationtech.jts.geom.Envelope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.Site;
import io.sextant.geometry.Zone;
import io.sextant.geometry.ZoneIndex;
import io.sextant.testing.DemoHospital;

/**
 * Zones containing a point, on the demo hospital's busiest floor: uniformly random points over
 * the floor's bounding box (some outside every zone, many in nested zones), one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ZoneLookupBenchmark {

    private static final int POINTS = 1 << 16;

    private ZoneIndex index;
    private final double[] xs = new double[POINTS];
    private final double[] ys = new double[POINTS];
    private final List<Zone> result = new ArrayList<>();
    private int next;

    @Setup
    public void setUp() {
        Site site = DemoHospital.load();
        FloorPlan floor = site.floors().stream().max((a, b) -> Integer.compare(a.zones().size(), b.zones().size())).orElseThrow();
        index = new ZoneIndex(floor, 0.1);
        Envelope box = floor.outline().getEnvelopeInternal();
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < POINTS; i++) {
            xs[i] = box.getMinX() + random.nextDouble() * box.getWidth();
            ys[i] = box.getMinY() + random.nextDouble() * box.getHeight();
        }
    }

    /** Fills a reused list: the allocation-free form the location engine uses. */
    @Benchmark
    public int zonesContainingIntoList() {
        int i = next++ & (POINTS - 1);
        result.clear();
        return index.zonesContaining(xs[i], ys[i], result);
    }

    /** The convenience form that returns a list. */
    @Benchmark
    public void zonesContaining(Blackhole hole) {
        int i = next++ & (POINTS - 1);
        hole.consume(index.zonesContaining(xs[i], ys[i]));
    }
}
