package io.sextant.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.locationtech.jts.geom.Point;
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

import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.FloorPoint;
import io.sextant.geometry.NavigationGraph;
import io.sextant.geometry.Site;
import io.sextant.geometry.Zone;
import io.sextant.testing.DemoHospital;

/**
 * Walking route between two random zone centres anywhere in the demo hospital (most pairs on
 * different floors), sampled per call so that JMH reports percentiles.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WalkingDistanceBenchmark {

    private NavigationGraph graph;
    private final List<FloorPoint> places = new ArrayList<>();
    private final SplittableRandom random = new SplittableRandom(7);

    @Setup
    public void setUp() {
        Site site = DemoHospital.load();
        graph = new NavigationGraph(site);
        for (FloorPlan floor : site.floors()) {
            for (Zone zone : floor.zones()) {
                Point inside = zone.polygon().getInteriorPoint();
                places.add(new FloorPoint(floor.id(), inside.getX(), inside.getY()));
            }
        }
    }

    @Benchmark
    public double route() {
        FloorPoint from = places.get(random.nextInt(places.size()));
        FloorPoint to = places.get(random.nextInt(places.size()));
        return graph.route(from, to).map(r -> r.distanceMetres()).orElse(-1.0);
    }
}
