package io.sextant.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.function.Consumer;

import io.sextant.model.Fix;

/**
 * Writes fixes as CSV rows (columns in docs/replay.md), with fixed formatting so that the same
 * fixes always give the same bytes. Not thread-safe.
 */
final class FixCsv implements Consumer<Fix> {

    static final String HEADER = "tag,time,site,building,floor,x,y,z,accuracy_m,technology,sources,residual,zones";

    private final Writer out;
    private long rows;

    FixCsv(Writer out) {
        this.out = out;
    }

    void header() {
        write(HEADER + "\n");
    }

    @Override
    public void accept(Fix fix) {
        write(String.join(",", fix.tagId(), fix.time().toString(), fix.siteId(), fix.buildingId(), fix.floorId(),
                number(fix.x()), number(fix.y()), number(fix.z()), number(fix.accuracyMetres()),
                fix.technology().name().toLowerCase(Locale.ROOT), String.join(";", fix.sources()), number(fix.residual()),
                String.join(";", fix.zoneIds())) + "\n");
        rows++;
    }

    long rows() {
        return rows;
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.3f", value);
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write fixes: " + e.getMessage(), e);
        }
    }
}
