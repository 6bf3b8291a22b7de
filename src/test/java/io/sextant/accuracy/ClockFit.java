package io.sextant.accuracy;

/**
 * How well one quaternion convention, at its best clock offset, explains a LIAS-CUHKSZ recording's ranges (see
 * {@link ClockAlignment}).
 *
 * @param offsetSeconds add to a UWB time to get the motion-capture time of the same instant
 * @param residualRmsMetres the score: RMS of range residuals with each anchor-tag pair's median removed, each
 *        residual capped at 1 m
 * @param medianResidualMetres median of the raw residuals (measured minus true range): the ranges' overall bias
 * @param ranges ranges scored
 */
public record ClockFit(MocapConvention convention, double offsetSeconds, double residualRmsMetres,
        double medianResidualMetres, int ranges) {
}
