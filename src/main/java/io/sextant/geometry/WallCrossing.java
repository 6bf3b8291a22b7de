package io.sextant.geometry;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.util.LineStringExtracter;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Which walls a straight segment passes through: for walking (can a tag have moved from a to b without a door?) and
 * for radio (how many dB do the walls between a tag and a receiver take off?).
 * <p>
 * Each wall is cut where openings lie on it: the opening, grown by {@code openingClearanceMetres} so that a door
 * drawn a few centimetres off its wall still cuts it, is subtracted from the wall's line (JTS difference), and the
 * remaining pieces are indexed segment by segment. A segment whose end lies on a wall (a receiver mounted on it)
 * does not cross that wall; see {@link SegmentIndex} for the exact rule.
 * <p>
 * Immutable, thread-safe; queries take no locks.
 */
public final class WallCrossing {

    /** Default growth of openings before they cut walls: absorbs drawing error, too small to matter for walking. */
    public static final double DEFAULT_OPENING_CLEARANCE_METRES = 0.05;

    private final SegmentIndex wallPieces;

    /** Walls and openings of a floor, with the default opening clearance. */
    public WallCrossing(FloorPlan floor) {
        this(floor.walls(), floor.openings(), DEFAULT_OPENING_CLEARANCE_METRES);
    }

    /**
     * @param walls walls of one floor
     * @param openings openings of the same floor
     * @param openingClearanceMetres how far beyond its drawn extent an opening cuts walls
     */
    public WallCrossing(List<Wall> walls, List<Opening> openings, double openingClearanceMetres) {
        if (!(openingClearanceMetres >= 0)) {
            throw new IllegalArgumentException("opening clearance " + openingClearanceMetres + " m; expected >= 0");
        }
        List<Geometry> gaps = openings.stream().map(o -> gap(o, openingClearanceMetres)).toList();
        List<SegmentIndex.Segment> segments = new ArrayList<>();
        for (Wall wall : walls) {
            for (LineString piece : pieces(wall, gaps)) {
                segments.addAll(SegmentIndex.segmentsOf(piece, wall.attenuationDb()));
            }
        }
        wallPieces = new SegmentIndex(segments);
    }

    /** One-off test; build a {@code WallCrossing} to test more than a few segments. */
    public static boolean crossesWall(FloorPlan floor, double fromX, double fromY, double toX, double toY) {
        return new WallCrossing(floor).crossesWall(fromX, fromY, toX, toY);
    }

    /** One-off sum; build a {@code WallCrossing} to sum over more than a few segments. */
    public static double attenuationDb(FloorPlan floor, double fromX, double fromY, double toX, double toY) {
        return new WallCrossing(floor).attenuationDb(fromX, fromY, toX, toY);
    }

    /** Whether the segment passes through a wall anywhere but an opening. */
    public boolean crossesWall(double fromX, double fromY, double toX, double toY) {
        return wallPieces.anyCrossing(fromX, fromY, toX, toY);
    }

    /** How many times the segment passes through walls; a wall crossed twice counts twice. */
    public int crossingCount(double fromX, double fromY, double toX, double toY) {
        return wallPieces.crossingCount(fromX, fromY, toX, toY);
    }

    /** Total attenuation of the walls the segment passes through, dB; a wall crossed twice counts twice. */
    public double attenuationDb(double fromX, double fromY, double toX, double toY) {
        return wallPieces.crossingWeight(fromX, fromY, toX, toY);
    }

    private static Geometry gap(Opening opening, double clearanceMetres) {
        double halfWidth = opening.location() instanceof LineString ? 0 : Opening.POINT_WIDTH_METRES / 2;
        return opening.location().buffer(halfWidth + clearanceMetres);
    }

    private static List<LineString> pieces(Wall wall, List<Geometry> gaps) {
        List<Geometry> cutting = gaps.stream()
                .filter(g -> g.getEnvelopeInternal().intersects(wall.line().getEnvelopeInternal()))
                .toList();
        Geometry remaining = cutting.isEmpty() ? wall.line() : wall.line().difference(UnaryUnionOp.union(cutting));
        List<LineString> pieces = new ArrayList<>();
        for (Object line : LineStringExtracter.getLines(remaining)) {
            pieces.add((LineString) line);
        }
        return pieces;
    }
}
