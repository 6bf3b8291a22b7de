package io.sextant.sim;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Log-normal shadowing as a fixed, spatially correlated field per fixed device: a Gaussian value at every node of a
 * square grid, seeded from (environment seed, device id, node), interpolated bilinearly and rescaled by the norm of
 * the weights so that every point keeps the full standard deviation. Two points in one grid cell share their four
 * node values, points more than two cells apart share none, so the correlation length is about one cell.
 * <p>
 * The field depends on the device and the tag's position, not on the tag: two tags at the same spot see the same
 * shadowing, as in a real building (and as fingerprinting assumes). No state and no hash-map order: the value at a
 * point is a pure function of its inputs. Immutable, thread-safe.
 */
final class ShadowingField {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long environmentSeed;
    private final double sigmaDb;
    private final double cellMetres;

    ShadowingField(long environmentSeed, double sigmaDb, double cellMetres) {
        this.environmentSeed = environmentSeed;
        this.sigmaDb = sigmaDb;
        this.cellMetres = cellMetres;
    }

    /** Shadowing of the link between the device and a tag at (x, y), dB; positive is a stronger signal. */
    double shadowingDb(String deviceId, double x, double y) {
        if (sigmaDb == 0) {
            return 0;
        }
        long deviceKey = mix(environmentSeed ^ fnv1a(deviceId));
        double gx = x / cellMetres, gy = y / cellMetres;
        long i = (long) Math.floor(gx), j = (long) Math.floor(gy);
        double fx = gx - i, fy = gy - j;
        double w00 = (1 - fx) * (1 - fy), w10 = fx * (1 - fy), w01 = (1 - fx) * fy, w11 = fx * fy;
        double sum = w00 * node(deviceKey, i, j) + w10 * node(deviceKey, i + 1, j)
                + w01 * node(deviceKey, i, j + 1) + w11 * node(deviceKey, i + 1, j + 1);
        // a weighted sum of independent unit Gaussians has variance sum(w^2): divide by its root to keep sigma
        double norm = Math.sqrt(w00 * w00 + w10 * w10 + w01 * w01 + w11 * w11);
        return sigmaDb * sum / norm;
    }

    private static double node(long deviceKey, long i, long j) {
        return new SplittableRandom(mix(mix(deviceKey + GOLDEN_GAMMA * i) + GOLDEN_GAMMA * j)).nextGaussian();
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser: consecutive inputs give unrelated outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** 64-bit FNV-1a of the id's UTF-8 bytes: fixed by its definition, unlike a JVM's identity hash. */
    private static long fnv1a(String id) {
        long hash = 0xCBF29CE484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xFF)) * 0x100000001B3L;
        }
        return hash;
    }
}
