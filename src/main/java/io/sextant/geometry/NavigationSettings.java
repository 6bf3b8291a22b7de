package io.sextant.geometry;

/**
 * Tuning of {@link NavigationGraph}. Immutable, thread-safe.
 *
 * @param toleranceMetres how far outside a zone's edge a point still counts as in the zone, and how far a route may
 *        stray outside a zone's drawn edge (both absorb drawing error)
 * @param cornerClearanceMetres how far from an inner corner of a zone routes turn, as people do not brush corners
 * @param stairFactor cost of one stair flight per metre of height climbed or descended: the walked length of a
 *        flight and its landing is about twice its height, and climbing is slower than level walking
 * @param liftMetres cost of one lift ride between any two floors: waiting plus riding, as metres of level walking
 *        that take as long (the ride itself varies little with the number of floors)
 */
public record NavigationSettings(double toleranceMetres, double cornerClearanceMetres, double stairFactor,
        double liftMetres) {

    /**
     * 0.1 m tolerance, 0.3 m corner clearance; stairs cost 3 m per metre of height (a 4 m storey: 12 m); a lift ride
     * costs 30 m (about 25 s at a walking pace of 1.2 m/s).
     */
    public static final NavigationSettings DEFAULTS = new NavigationSettings(0.1, 0.3, 3.0, 30.0);

    public NavigationSettings {
        requireNonNegative("toleranceMetres", toleranceMetres);
        requireNonNegative("cornerClearanceMetres", cornerClearanceMetres);
        requireNonNegative("stairFactor", stairFactor);
        requireNonNegative("liftMetres", liftMetres);
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " is " + value + "; expected a finite value >= 0");
        }
    }
}
