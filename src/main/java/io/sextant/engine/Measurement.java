package io.sextant.engine;

import java.util.List;

import io.sextant.model.Technology;

/**
 * One position measured by a solver, before tracking: where the radio says the tag was, with the
 * solver's covariance (m²).
 *
 * @param residual RMS residual of the solution: metres for UWB, dB for BLE
 * @param lowQuality the solver had little redundancy or poor geometry
 */
public record Measurement(long timeMicros, String floorId, double x, double y, double cxx, double cxy, double cyy,
        Technology technology, List<String> sources, double residual, boolean lowQuality) {
}
