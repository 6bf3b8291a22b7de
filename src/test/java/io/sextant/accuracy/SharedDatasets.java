package io.sextant.accuracy;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the real recordings live: {@code ../shared/datasets} relative to the repository root, read in place and
 * never copied into the repository (their licenses and sizes stay with them).
 */
public final class SharedDatasets {

    /** The datasets' directory, relative to the repository root (the working directory of Maven and of tests). */
    public static final Path ROOT = Path.of("..", "shared", "datasets");

    private SharedDatasets() {
    }

    /** Whether the dataset directory {@code name} is there, for tests to skip cleanly when it is not. */
    public static boolean isPresent(String name) {
        return Files.isDirectory(ROOT.resolve(name));
    }

    /** The dataset directory {@code name}; fails with the path it looked at when absent. */
    public static Path require(String name) {
        Path dir = ROOT.resolve(name);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("dataset '" + name + "' not found at " + dir.toAbsolutePath().normalize()
                    + "; the accuracy adapters read the shared recordings from ../shared/datasets next to the"
                    + " repository root");
        }
        return dir;
    }
}
