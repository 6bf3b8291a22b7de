package io.sextant.engine;

import org.locationtech.jts.geom.Envelope;

/**
 * A square lattice of nodes over a floor, on which BLE lookups are precomputed. Nodes sit half a cell inside the
 * floor's bounding box edges, so that walls drawn on round coordinates fall between nodes rather than on them (a
 * node on a wall would be "not behind it" for one side only). Immutable, thread-safe.
 *
 * @param originX x of node (0, 0), metres
 * @param originY y of node (0, 0), metres
 * @param cellMetres spacing of the nodes
 * @param columns nodes along x
 * @param rows nodes along y
 */
public record BleLattice(double originX, double originY, double cellMetres, int columns, int rows) {

    /** The lattice covering a box, one node beyond each side so that interpolation reaches the box's edges. */
    public static BleLattice covering(Envelope box, double cellMetres) {
        if (!(cellMetres > 0) || !Double.isFinite(cellMetres)) {
            throw new IllegalArgumentException("lattice cell " + cellMetres + " m; expected a finite value > 0");
        }
        int columns = (int) Math.ceil(box.getWidth() / cellMetres) + 2;
        int rows = (int) Math.ceil(box.getHeight() / cellMetres) + 2;
        return new BleLattice(box.getMinX() - cellMetres / 2, box.getMinY() - cellMetres / 2, cellMetres, columns,
                rows);
    }

    public int nodeCount() {
        return columns * rows;
    }

    public int index(int column, int row) {
        return row * columns + column;
    }

    public double nodeX(int column) {
        return originX + column * cellMetres;
    }

    public double nodeY(int row) {
        return originY + row * cellMetres;
    }

    /** The column of the node nearest to x, clamped to the lattice. */
    public int nearestColumn(double x) {
        return clamp((int) Math.round((x - originX) / cellMetres), columns);
    }

    /** The row of the node nearest to y, clamped to the lattice. */
    public int nearestRow(double y) {
        return clamp((int) Math.round((y - originY) / cellMetres), rows);
    }

    private static int clamp(int value, int size) {
        return Math.max(0, Math.min(size - 1, value));
    }
}
