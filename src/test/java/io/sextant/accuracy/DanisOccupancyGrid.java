package io.sextant.accuracy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An occupancy grid of the Danis office ({@code occ/tetam_<cell>.occ}, cells of 0.1, 0.2, 0.5 or 1.0 m): lines
 * {@code [x, y]::v} with (x, y) a cell's lower-left corner in metres, in no particular order.
 * <p>
 * The dataset's README says 1 marks a traversable cell, but the files say the opposite: 98 % of the camera's truth
 * samples fall in cells marked 0 at 0.1 m, and the cells marked 1 trace the desk clusters and the outer walls of
 * {@code map/tetam.png}. So here 0 is walkable. Immutable, thread-safe.
 */
public final class DanisOccupancyGrid {

    private static final Pattern CELL = Pattern.compile("\\[([-\\d.]+),\\s*([-\\d.]+)\\]::([01])");

    private final double cellMetres;
    private final boolean[][] walkable;

    private DanisOccupancyGrid(double cellMetres, boolean[][] walkable) {
        this.cellMetres = cellMetres;
        this.walkable = walkable;
    }

    /** The grid with this cell size, metres: 0.1, 0.2, 0.5 or 1.0. */
    public static DanisOccupancyGrid read(double cellMetres) {
        Path file = DanisBleDataset.root().resolve("occ").resolve("tetam_" + cellMetres + ".occ");
        List<String> lines = lines(file);
        int[][] cells = new int[lines.size()][];
        int columns = 0;
        int rows = 0;
        int count = 0;
        for (String line : lines.subList(1, lines.size())) {
            Matcher m = CELL.matcher(line.trim());
            if (m.matches()) {
                int column = (int) Math.round(Double.parseDouble(m.group(1)) / cellMetres);
                int row = (int) Math.round(Double.parseDouble(m.group(2)) / cellMetres);
                cells[count++] = new int[] { column, row, Integer.parseInt(m.group(3)) };
                columns = Math.max(columns, column + 1);
                rows = Math.max(rows, row + 1);
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException(file + " has no [x, y]::0|1 cells");
        }
        boolean[][] walkable = new boolean[columns][rows];
        for (int i = 0; i < count; i++) {
            walkable[cells[i][0]][cells[i][1]] = cells[i][2] == 0;
        }
        return new DanisOccupancyGrid(cellMetres, walkable);
    }

    public double cellMetres() {
        return cellMetres;
    }

    /** Whether a person can stand here; false outside the grid. */
    public boolean isWalkable(double xMetres, double yMetres) {
        int column = (int) Math.floor(xMetres / cellMetres);
        int row = (int) Math.floor(yMetres / cellMetres);
        return column >= 0 && row >= 0 && column < walkable.length && row < walkable[column].length
                && walkable[column][row];
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
