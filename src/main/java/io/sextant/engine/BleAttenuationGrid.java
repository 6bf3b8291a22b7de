package io.sextant.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.MountedDevice;
import io.sextant.geometry.WallCrossing;

/**
 * The wall attenuation between each BLE device of a floor and every point of it, precomputed on a lattice and
 * interpolated bilinearly.
 * <p>
 * Why: a solver evaluates its model at some 10 positions per fix for 6-8 devices; a {@link WallCrossing} query costs
 * microseconds, a lattice lookup a few nanoseconds. Interpolation also turns each wall's step into a ramp one cell
 * wide, which gives the solver a gradient pointing to the quieter side of a wall. Within a cell of a wall (and of a
 * door's edge) the value is a blend; elsewhere it equals the sum of the walls crossed to the nearest node.
 * <p>
 * Storage: one byte per node per device, the attenuation in steps of {@value #STEP_DB} dB, saturating at
 * {@value #MAX_DB} dB (a signal behind that much wall is far below any receiver's sensitivity). Node-major: the
 * values of all devices at one node are adjacent, so the 6-8 devices of one fix share cache lines. A 90 x 45 m
 * floor at the default 0.5 m cell has 16,744 nodes: 16.7 KB per device, 1.04 MB for 62 devices, plus 67 KB for
 * the {@link BleOutlineClamp}. Building costs one WallCrossing query per node per device (0.4-1.3 s for such a
 * floor of the demo hospital on two cores, spread over the available cores), once per floor plan.
 * <p>
 * Devices are the floor's receivers in plan order, then its beacons: a tag that scans fixed beacons sees the same
 * walls. Immutable, thread-safe.
 */
public final class BleAttenuationGrid {

    /** Default lattice spacing: half a metre, well below BLE's metre-scale accuracy. */
    public static final double DEFAULT_CELL_METRES = 0.5;
    /** Resolution of the stored attenuation, dB: far below the spread of any wall's real attenuation. */
    public static final double STEP_DB = 0.25;
    /** The largest attenuation stored, dB. */
    public static final double MAX_DB = 255 * STEP_DB;

    private final BleLattice lattice;
    private final List<MountedDevice> devices;
    private final int deviceCount;
    /** Attenuation in steps of STEP_DB, unsigned, node-major: [node * deviceCount + device]. */
    private final byte[] steps;
    private final BleOutlineClamp outline;
    /** Lattice parameters, hoisted for the inner loop: nodes per metre, dB per step per metre. */
    private final double originX, originY, nodesPerMetre, slopeDbPerStepMetre, maxU, maxV;
    private final int columns, rowStride;

    /** The grid of a floor at the default cell size. */
    public BleAttenuationGrid(FloorPlan floor) {
        this(floor, DEFAULT_CELL_METRES);
    }

    public BleAttenuationGrid(FloorPlan floor, double cellMetres) {
        lattice = BleLattice.covering(floor.outline().getEnvelopeInternal(), cellMetres);
        List<MountedDevice> all = new ArrayList<>(floor.receivers());
        all.addAll(floor.beacons());
        devices = List.copyOf(all);
        deviceCount = devices.size();
        outline = new BleOutlineClamp(floor.outline(), lattice);
        WallCrossing walls = new WallCrossing(floor);
        steps = new byte[lattice.nodeCount() * deviceCount];
        originX = lattice.originX();
        originY = lattice.originY();
        nodesPerMetre = 1 / lattice.cellMetres();
        slopeDbPerStepMetre = STEP_DB / lattice.cellMetres();
        maxU = lattice.columns() - 1;
        maxV = lattice.rows() - 1;
        columns = lattice.columns();
        rowStride = columns * deviceCount;
        IntStream.range(0, deviceCount).parallel().forEach(d -> sample(walls, d));
    }

    /** Receivers in plan order, then beacons; a device's position in this list is its index everywhere in BLE. */
    public List<MountedDevice> devices() {
        return devices;
    }

    public BleLattice lattice() {
        return lattice;
    }

    /** Keeps positions on this floor. */
    public BleOutlineClamp outline() {
        return outline;
    }

    /** Heap taken by the attenuation values and the outline clamp. */
    public long memoryBytes() {
        return steps.length + outline.memoryBytes();
    }

    /** Attenuation of the walls between the device and (x, y), dB; clamped to the lattice outside it. */
    public double attenuationDb(int device, double x, double y) {
        return attenuationDb(device, x, y, new double[2], 0);
    }

    /**
     * Attenuation of the walls between the device and (x, y), dB, and its gradient.
     *
     * @param gradientDbPerMetre receives d/dx at [at] and d/dy at [at + 1]; 0 along an axis clamped to the lattice
     */
    public double attenuationDb(int device, double x, double y, double[] gradientDbPerMetre, int at) {
        double u = (x - originX) * nodesPerMetre, v = (y - originY) * nodesPerMetre;
        boolean insideU = u > 0 && u < maxU, insideV = v > 0 && v < maxV;
        u = insideU ? u : Math.max(0, Math.min(maxU, u));
        v = insideV ? v : Math.max(0, Math.min(maxV, v));
        int column = Math.min((int) u, columns - 2), row = Math.min((int) v, lattice.rows() - 2);
        double tu = u - column, tv = v - row;
        int i = row * rowStride + column * deviceCount + device;
        double a00 = steps[i] & 0xff, a10 = steps[i + deviceCount] & 0xff;
        double a01 = steps[i + rowStride] & 0xff, a11 = steps[i + rowStride + deviceCount] & 0xff;
        double bottom = a00 + (a10 - a00) * tu, top = a01 + (a11 - a01) * tu;
        gradientDbPerMetre[at] = insideU ? ((a10 - a00) * (1 - tv) + (a11 - a01) * tv) * slopeDbPerStepMetre : 0;
        gradientDbPerMetre[at + 1] = insideV ? (top - bottom) * slopeDbPerStepMetre : 0;
        return (bottom + (top - bottom) * tv) * STEP_DB;
    }

    /**
     * Nodes outside the outline copy their nearest inside node: no tag is out there, and the outer wall's step
     * would otherwise leak half a cell into the floor through interpolation.
     */
    private void sample(WallCrossing walls, int device) {
        MountedDevice from = devices.get(device);
        for (int row = 0; row < lattice.rows(); row++) {
            for (int column = 0; column < lattice.columns(); column++) {
                int node = lattice.index(column, row);
                if (outline.nearestInsideNode(node) == node || outline.nearestInsideNode(node) < 0) {
                    double db = walls.attenuationDb(from.x(), from.y(), lattice.nodeX(column), lattice.nodeY(row));
                    steps[node * deviceCount + device] = (byte) Math.min(255, Math.round(db / STEP_DB));
                }
            }
        }
        for (int node = 0; node < lattice.nodeCount(); node++) {
            int inside = outline.nearestInsideNode(node);
            if (inside >= 0 && inside != node) {
                steps[node * deviceCount + device] = steps[inside * deviceCount + device];
            }
        }
    }
}
