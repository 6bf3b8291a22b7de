package io.sextant.engine;

/** How far a UWB solution can be trusted. */
public enum UwbQuality {

    /** Solved, the residuals pass the global test with redundancy to spare, and the geometry is sound. */
    GOOD,

    /**
     * Solved, but nothing vouches for it: the residual test failed and no exclusion explained it, there was no
     * redundancy to test with, the anchors are (nearly) on one line so the side of it came from the prior, or
     * the geometry dilutes precision beyond the settings' limit. The covariance says how loose it is.
     */
    LOW,

    /** No solution: too few usable readings, or the equations could not be solved. The position means nothing. */
    NONE
}
