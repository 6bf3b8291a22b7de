package io.sextant.accuracy;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

import io.sextant.geometry.Anchor;
import io.sextant.geometry.FloorPlan;

/**
 * The two installations of the LIAS-CUHKSZ UWB recordings, copied from the dataset's README tables
 * ({@code Planar_Dataset/Static/README.md}; the Dynamic README repeats the 2022-08-14 one): anchor positions in the
 * motion-capture frame and the three tags' offsets on the trolley, metres. Anchor ids are {@code a0..a7}, tag ids
 * {@code t0..t2}, as the CSV columns name them. Anchors sit near tag height (1.04 m or 1.31 m), so the floor is
 * treated as 2D. Range biases are left at 0: these are the uncalibrated anchors.
 */
public enum LiasLayout {

    /** 2022-08-14, room about 10 x 6 m: the static 8.14 runs and the dynamic runs. */
    AUG_14("lias-2022-08-14",
            new double[][] { { -3.4203, 3.0053, 1.0442 }, { 0.0016, 3.0110, 1.0446 }, { 3.6056, 2.9795, 1.0463 },
                    { 3.6011, -0.0008, 1.0422 }, { 3.5674, -3.0087, 1.0443 }, { -0.0072, -2.9652, 1.0444 },
                    { -3.4673, -2.9587, 1.0445 }, { -3.4858, -0.0098, 1.0457 } },
            new double[][] { { -0.0689, -0.1423, 0.0011 }, { -0.0750, 0.1402, 0.0016 }, { 0.2034, 0.1451, -0.0008 } }),

    /** 2022-08-20, room about 6 x 6 m: the static 8.20 runs. */
    AUG_20("lias-2022-08-20",
            new double[][] { { 0.9998, -2.7280, 1.3172 }, { -0.0878, -3.0177, 1.3074 }, { -1.8220, -2.0699, 1.3006 },
                    { -1.8172, 0.3327, 1.3017 }, { -1.6477, 2.3528, 1.3042 }, { 0.1867, 2.7016, 1.3053 },
                    { 1.6764, 2.6419, 1.3152 }, { 2.0707, -0.0953, 1.3030 } },
            new double[][] { { -0.1130, -0.2432, 0.0033 }, { -0.1316, 0.2363, 0.0020 }, { 0.3492, 0.2542, 0.0000 } });

    /** Number of anchors, and of tags, in either layout. */
    public static final int ANCHORS = 8;
    public static final int TAGS = 3;
    /** How far the rectangular floor reaches beyond the outermost anchors. */
    private static final double FLOOR_MARGIN_METRES = 0.5;

    private final String floorId;
    private final double[][] anchorMetres;
    private final double[][] tagOffsetMetres;

    LiasLayout(String floorId, double[][] anchorMetres, double[][] tagOffsetMetres) {
        this.floorId = floorId;
        this.anchorMetres = anchorMetres;
        this.tagOffsetMetres = tagOffsetMetres;
    }

    public static String anchorId(int anchor) {
        return "a" + anchor;
    }

    public static String tagId(int tag) {
        return "t" + tag;
    }

    /** The eight anchors, {@code a0..a7}, in the motion-capture frame. */
    public List<Anchor> anchors() {
        List<Anchor> anchors = new ArrayList<>(ANCHORS);
        for (int a = 0; a < ANCHORS; a++) {
            anchors.add(new Anchor(anchorId(a), anchorMetres[a][0], anchorMetres[a][1], anchorMetres[a][2], 0));
        }
        return anchors;
    }

    /** The tag's {x, y, z} on the trolley, in the trolley's frame, metres. */
    public double[] tagOffsetMetres(int tag) {
        return tagOffsetMetres[tag].clone();
    }

    /** A bare floor: a rectangle around the anchors, the anchors, nothing else. */
    public FloorPlan floorPlan() {
        Envelope box = new Envelope();
        for (double[] anchor : anchorMetres) {
            box.expandToInclude(anchor[0], anchor[1]);
        }
        box.expandBy(FLOOR_MARGIN_METRES);
        Polygon outline = (Polygon) new GeometryFactory().toGeometry(box);
        return new FloorPlan(floorId, 0, 0, outline, List.of(), List.of(), List.of(), anchors(), List.of(), List.of());
    }
}
