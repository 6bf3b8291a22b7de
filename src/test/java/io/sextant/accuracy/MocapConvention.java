package io.sextant.accuracy;

/**
 * How the four quaternion columns of the LIAS-CUHKSZ motion-capture files turn a tag's offset on the trolley into
 * the motion-capture frame. The README documents (qw, qx, qy, qz); the shared datasets README suggests (qx, qy, qz,
 * qw) fits the ranges better. Both are kept, with a third reading that the range residuals favour by far: the
 * documented order with the trolley frame of the README's tag table turned 180° about its x axis relative to the
 * motion-capture rigid body (whose z points down: its first samples are a half turn about x), so that offsets enter
 * as (x, −y, −z). {@link ClockAlignment} scores each against the ranges; the loader keeps the best.
 */
public enum MocapConvention {

    /** Columns (qw, qx, qy, qz), as the dataset README documents. */
    WXYZ,
    /** Columns (qx, qy, qz, qw), as the shared datasets README suggests. */
    XYZW,
    /** Columns (qw, qx, qy, qz), offsets in a trolley frame turned a half turn about x: (x, −y, −z). */
    WXYZ_BODY_FLIPPED;

    /**
     * The offset rotated into the world frame, metres: {@code v + 2w(u × v) + 2u × (u × v)} for the unit
     * quaternion (w, u).
     *
     * @param columns the file's four quaternion columns, in file order
     * @param offsetMetres the tag's {x, y, z} on the trolley
     */
    public double[] rotate(double[] columns, double[] offsetMetres) {
        double[] q = this == XYZW ? new double[] { columns[3], columns[0], columns[1], columns[2] } : columns.clone();
        double norm = Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3]);
        double w = q[0] / norm;
        double ux = q[1] / norm;
        double uy = q[2] / norm;
        double uz = q[3] / norm;
        double vx = offsetMetres[0];
        double vy = this == WXYZ_BODY_FLIPPED ? -offsetMetres[1] : offsetMetres[1];
        double vz = this == WXYZ_BODY_FLIPPED ? -offsetMetres[2] : offsetMetres[2];
        double cx = uy * vz - uz * vy;
        double cy = uz * vx - ux * vz;
        double cz = ux * vy - uy * vx;
        return new double[] {
                vx + 2 * w * cx + 2 * (uy * cz - uz * cy),
                vy + 2 * w * cy + 2 * (uz * cx - ux * cz),
                vz + 2 * w * cz + 2 * (ux * cy - uy * cx) };
    }
}
