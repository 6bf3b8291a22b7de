import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Generates the Sextant demo hospital: site "general", building "main", three floors
 * (main-0, main-1, main-2) as GeoJSON floor plans in the building's local metric frame
 * (see docs/floorplans.md), and checks them.
 *
 * <pre>
 *   java floorplans/demo-hospital/generator/DemoHospital.java floorplans/demo-hospital [--sketch]
 * </pre>
 *
 * Single-file Java 17 program, JDK only. The output is deterministic (every coordinate is
 * rounded to 3 decimals before it is checked and written). The program refuses to write
 * anything and exits with status 1 if any self-check fails: unique ids, valid counter-clockwise
 * rectilinear polygons, nesting and overlap, openings on the shared edge of their two zones,
 * reachability of every zone from the main entrance, connectors on every floor, at least four
 * UWB anchors within 25 m of every point of every zone (1 m sampling), one BLE receiver per
 * room-like zone, and the control points' round trip to WGS84.
 *
 * Layout, all floors: footprint 90 x 45 m (x east along the long facade, y north). A core
 * south of the centre holds the lift lobby, stair A (x 38-42, y 9.5-16.5) and lifts 1 and 2
 * (x 48-52); stair B is at the north-east corner (x 84-90, y 38-45). Upper floors are wards
 * around two corridors with light wells in between; the ground floor is deep plan.
 */
public class DemoHospital {

    // ------------------------------------------------------------------ constants

    static final double EPS = 1e-6;
    static final double ANCHOR_RANGE_M = 25.0;
    static final int MIN_ANCHORS = 4;
    static final double ANCHOR_Z = 2.8;
    static final double RECEIVER_Z = 2.5;
    static final double RSSI_AT_1M = -59;
    static final double PATH_LOSS_EXPONENT = 2.2;
    static final double WALL_INTERIOR = 5, WALL_EXTERIOR = 12, WALL_CORE = 15, WALL_CURTAIN = 2;
    static final double W = 90, H = 45; // footprint

    /** Georeference: local (0,0) is here, and the building's y axis points this far east of true north. */
    static final double ORIGIN_LAT = 51.4962, ORIGIN_LON = -0.1015, ROTATION_DEG = 15.0;

    static final Set<String> SUBTYPES = Set.of("room", "bay", "ward", "corridor", "storage", "clean-utility",
            "dirty-utility", "nurse-station", "exit", "stairs", "lift", "restricted", "outdoor");
    /** Zones that get one BLE receiver each. */
    static final Set<String> ROOM_LIKE = Set.of("room", "bay", "storage", "clean-utility", "dirty-utility",
            "nurse-station", "restricted");
    static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    static final List<String> errors = new ArrayList<>();

    static void error(String msg) {
        errors.add(msg);
    }

    static double r3(double v) {
        return new BigDecimal(Double.toString(v)).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }

    // ------------------------------------------------------------------ model

    record Pt(double x, double y) {
        Pt {
            x = r3(x);
            y = r3(y);
        }
    }

    record Rect(double x0, double y0, double x1, double y1) {
        double area() {
            return (x1 - x0) * (y1 - y0);
        }

        boolean containsClosed(double x, double y) {
            return x >= x0 - EPS && x <= x1 + EPS && y >= y0 - EPS && y <= y1 + EPS;
        }

        boolean containsOpen(double x, double y) {
            return x > x0 + EPS && x < x1 - EPS && y > y0 + EPS && y < y1 - EPS;
        }
    }

    static final class Zone {
        final String id, subtype, name, parent, connector;
        final List<Pt> ring; // open ring (first point not repeated)
        final List<Rect> cells;
        final int index;

        Zone(String id, String subtype, String name, String parent, String connector, List<Pt> ring, int index) {
            this.id = id;
            this.subtype = subtype;
            this.name = name;
            this.parent = parent;
            this.connector = connector;
            this.ring = ring;
            this.cells = cells(ring);
            this.index = index;
        }

        double area() {
            return cells.stream().mapToDouble(Rect::area).sum();
        }

        boolean containsClosed(double x, double y) {
            for (Rect c : cells) if (c.containsClosed(x, y)) return true;
            return false;
        }

        boolean containsOpen(double x, double y) {
            for (Rect c : cells) if (c.containsOpen(x, y)) return true;
            return false;
        }

        double[] bbox() {
            double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (Pt p : ring) {
                b[0] = Math.min(b[0], p.x());
                b[1] = Math.min(b[1], p.y());
                b[2] = Math.max(b[2], p.x());
                b[3] = Math.max(b[3], p.y());
            }
            return b;
        }
    }

    static final class Opening {
        String id, a, b, name;
        Pt p, q;
        boolean exit, junction;
    }

    record Wall(String id, Pt p, Pt q, double att) {}

    record Device(String id, Pt p, double z) {}

    record ControlPoint(String id, Pt p, double lat, double lon) {}

    static final class Floor {
        final String id, name;
        final int level;
        final double elevation;
        final List<Pt> outline = ring(0, 0, W, 0, W, H, 0, H);
        final Zone outlineZone;
        final List<Zone> zones = new ArrayList<>();
        final Map<String, Zone> byId = new HashMap<>();
        final List<Opening> openings = new ArrayList<>();
        final List<Wall> walls = new ArrayList<>();
        final List<Device> anchors = new ArrayList<>();
        final List<Device> receivers = new ArrayList<>();
        final List<ControlPoint> controlPoints = new ArrayList<>();
        final Set<String> openingIds = new HashSet<>();
        int minAnchorsSeen = Integer.MAX_VALUE;

        Floor(String id, int level, double elevation, String name) {
            this.id = id;
            this.level = level;
            this.elevation = elevation;
            this.name = name;
            this.outlineZone = new Zone(id + "-outline", "outline", "outline", null, null, outline, -1);
        }

        Zone add(String id, String subtype, String name, String parent, String connector, List<Pt> ring) {
            Zone z = new Zone(id, subtype, name, parent, connector, ring, zones.size());
            if (byId.put(id, z) != null) error(this.id + ": zone id " + id + " defined twice");
            zones.add(z);
            return z;
        }

        Zone rect(String id, String subtype, String name, String parent, double x0, double y0, double x1, double y1) {
            return add(id, subtype, name, parent, null, ring(x0, y0, x1, y0, x1, y1, x0, y1));
        }

        Zone poly(String id, String subtype, String name, String parent, double... xy) {
            return add(id, subtype, name, parent, null, ring(xy));
        }

        Zone connector(String id, String subtype, String name, String connector, double x0, double y0, double x1, double y1) {
            return add(id, subtype, name, null, connector, ring(x0, y0, x1, y0, x1, y1, x0, y1));
        }

        Zone z(String id) {
            Zone z = byId.get(id);
            if (z == null) error(this.id + ": unknown zone " + id);
            return z;
        }

        /** A door of width w on the shared edge of a and b, centred on the edge or at the hint. */
        void door(String a, String b, double w, boolean exit, String name, double... hint) {
            place(a, b, w, exit, name, false, hint);
        }

        /** An open junction between two corridors: the whole shared edge, no wall drawn there. */
        void junction(String a, String b) {
            place(a, b, -1, false, null, true);
        }

        private void place(String a, String b, double w, boolean exit, String name, boolean junction, double... hint) {
            Zone za = z(a), zb = z(b);
            if (za == null || zb == null) return;
            List<Pt[]> segs = shared(za, zb);
            if (segs.isEmpty()) {
                error(id + ": zones " + a + " and " + b + " share no edge for an opening");
                return;
            }
            Pt[] seg = segs.get(0);
            if (hint.length == 2) {
                double best = Double.MAX_VALUE;
                for (Pt[] s : segs) {
                    double d = distToSeg(hint[0], hint[1], s[0], s[1]);
                    if (d < best - EPS) {
                        best = d;
                        seg = s;
                    }
                }
            } else {
                for (Pt[] s : segs) if (len(s[0], s[1]) > len(seg[0], seg[1]) + EPS) seg = s;
            }
            boolean horizontal = Math.abs(seg[0].y() - seg[1].y()) < EPS;
            double lo = horizontal ? Math.min(seg[0].x(), seg[1].x()) : Math.min(seg[0].y(), seg[1].y());
            double hi = horizontal ? Math.max(seg[0].x(), seg[1].x()) : Math.max(seg[0].y(), seg[1].y());
            double s0, s1;
            if (junction) {
                s0 = lo;
                s1 = hi;
            } else {
                if (hi - lo < w - EPS) {
                    error(id + ": shared edge of " + a + " and " + b + " is " + (hi - lo) + " m, too short for a " + w + " m door");
                    return;
                }
                double c = (lo + hi) / 2;
                if (hint.length == 2) c = horizontal ? hint[0] : hint[1];
                c = Math.max(lo + w / 2, Math.min(hi - w / 2, c));
                s0 = c - w / 2;
                s1 = c + w / 2;
            }
            Opening o = new Opening();
            o.a = a;
            o.b = b;
            o.exit = exit;
            o.name = name;
            o.junction = junction;
            double fixed = horizontal ? seg[0].y() : seg[0].x();
            o.p = horizontal ? new Pt(s0, fixed) : new Pt(fixed, s0);
            o.q = horizontal ? new Pt(s1, fixed) : new Pt(fixed, s1);
            String base = junction ? "junction-" + a + "-" + b : "door-" + a;
            String oid = base;
            if (openingIds.contains(oid)) oid = base + "-" + b;
            for (int n = 2; openingIds.contains(oid); n++) oid = base + "-" + n;
            openingIds.add(oid);
            o.id = oid;
            openings.add(o);
        }
    }

    static List<Pt> ring(double... xy) {
        List<Pt> r = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) r.add(new Pt(xy[i], xy[i + 1]));
        return r;
    }

    // ------------------------------------------------------------------ geometry

    static double len(Pt a, Pt b) {
        return Math.hypot(b.x() - a.x(), b.y() - a.y());
    }

    static double distToSeg(double x, double y, Pt a, Pt b) {
        double dx = b.x() - a.x(), dy = b.y() - a.y();
        double l2 = dx * dx + dy * dy;
        double t = l2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * dx + (y - a.y()) * dy) / l2));
        return Math.hypot(x - (a.x() + t * dx), y - (a.y() + t * dy));
    }

    static double signedArea(List<Pt> r) {
        double s = 0;
        for (int i = 0; i < r.size(); i++) {
            Pt a = r.get(i), b = r.get((i + 1) % r.size());
            s += a.x() * b.y() - b.x() * a.y();
        }
        return s / 2;
    }

    /** Ray casting; only used on cell centres, which never lie on an edge. */
    static boolean pip(List<Pt> r, double x, double y) {
        boolean in = false;
        for (int i = 0, j = r.size() - 1; i < r.size(); j = i++) {
            Pt a = r.get(i), b = r.get(j);
            if ((a.y() > y) != (b.y() > y) && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x()) in = !in;
        }
        return in;
    }

    /** Exact decomposition of a rectilinear polygon into the cells of its own coordinate grid. */
    static List<Rect> cells(List<Pt> r) {
        TreeSet<Double> xs = new TreeSet<>(), ys = new TreeSet<>();
        for (Pt p : r) {
            xs.add(p.x());
            ys.add(p.y());
        }
        Double[] xa = xs.toArray(new Double[0]), ya = ys.toArray(new Double[0]);
        List<Rect> out = new ArrayList<>();
        for (int i = 0; i + 1 < xa.length; i++)
            for (int j = 0; j + 1 < ya.length; j++)
                if (pip(r, (xa[i] + xa[i + 1]) / 2, (ya[j] + ya[j + 1]) / 2))
                    out.add(new Rect(xa[i], ya[j], xa[i + 1], ya[j + 1]));
        return out;
    }

    static double intersectionArea(Zone a, Zone b) {
        double s = 0;
        for (Rect p : a.cells)
            for (Rect q : b.cells) {
                double w = Math.min(p.x1(), q.x1()) - Math.max(p.x0(), q.x0());
                double h = Math.min(p.y1(), q.y1()) - Math.max(p.y0(), q.y0());
                if (w > 0 && h > 0) s += w * h;
            }
        return s;
    }

    static List<Pt[]> edges(List<Pt> r) {
        List<Pt[]> e = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) e.add(new Pt[]{r.get(i), r.get((i + 1) % r.size())});
        return e;
    }

    static boolean isHorizontal(Pt[] e) {
        return Math.abs(e[0].y() - e[1].y()) < EPS;
    }

    /** Collinear overlaps (length > 0) of the edges of two rectilinear polygons. */
    static List<Pt[]> shared(Zone a, Zone b) {
        List<Pt[]> out = new ArrayList<>();
        for (Pt[] ea : edges(a.ring))
            for (Pt[] eb : edges(b.ring)) {
                if (isHorizontal(ea) && isHorizontal(eb) && Math.abs(ea[0].y() - eb[0].y()) < EPS) {
                    double lo = Math.max(Math.min(ea[0].x(), ea[1].x()), Math.min(eb[0].x(), eb[1].x()));
                    double hi = Math.min(Math.max(ea[0].x(), ea[1].x()), Math.max(eb[0].x(), eb[1].x()));
                    if (hi - lo > EPS) out.add(new Pt[]{new Pt(lo, ea[0].y()), new Pt(hi, ea[0].y())});
                } else if (!isHorizontal(ea) && !isHorizontal(eb) && Math.abs(ea[0].x() - eb[0].x()) < EPS) {
                    double lo = Math.max(Math.min(ea[0].y(), ea[1].y()), Math.min(eb[0].y(), eb[1].y()));
                    double hi = Math.min(Math.max(ea[0].y(), ea[1].y()), Math.max(eb[0].y(), eb[1].y()));
                    if (hi - lo > EPS) out.add(new Pt[]{new Pt(ea[0].x(), lo), new Pt(ea[0].x(), hi)});
                }
            }
        return out;
    }

    /** True if segment pq lies on one edge of the ring. */
    static boolean onBoundary(List<Pt> r, Pt p, Pt q) {
        for (Pt[] e : edges(r))
            if (distToSeg(p.x(), p.y(), e[0], e[1]) < EPS && distToSeg(q.x(), q.y(), e[0], e[1]) < EPS) return true;
        return false;
    }

    static double orient(Pt a, Pt b, Pt c) {
        return (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
    }

    static boolean onSeg(Pt a, Pt b, Pt p) {
        return Math.min(a.x(), b.x()) - EPS <= p.x() && p.x() <= Math.max(a.x(), b.x()) + EPS
                && Math.min(a.y(), b.y()) - EPS <= p.y() && p.y() <= Math.max(a.y(), b.y()) + EPS;
    }

    static boolean segmentsTouch(Pt p1, Pt p2, Pt p3, Pt p4) {
        double d1 = orient(p3, p4, p1), d2 = orient(p3, p4, p2), d3 = orient(p1, p2, p3), d4 = orient(p1, p2, p4);
        if (((d1 > EPS && d2 < -EPS) || (d1 < -EPS && d2 > EPS)) && ((d3 > EPS && d4 < -EPS) || (d3 < -EPS && d4 > EPS)))
            return true;
        return (Math.abs(d1) <= EPS && onSeg(p3, p4, p1)) || (Math.abs(d2) <= EPS && onSeg(p3, p4, p2))
                || (Math.abs(d3) <= EPS && onSeg(p1, p2, p3)) || (Math.abs(d4) <= EPS && onSeg(p1, p2, p4));
    }

    /** Problems with a ring, or null: at least 4 corners, axis-aligned edges, CCW, simple. */
    static String ringProblem(List<Pt> r) {
        if (r.size() < 4) return "fewer than 4 corners";
        if (r.get(0).equals(r.get(r.size() - 1))) return "ring repeats its first corner (it is closed when written)";
        for (Pt[] e : edges(r)) {
            if (len(e[0], e[1]) < EPS) return "zero-length edge at " + e[0];
            if (Math.abs(e[0].x() - e[1].x()) > EPS && Math.abs(e[0].y() - e[1].y()) > EPS)
                return "edge " + e[0] + "-" + e[1] + " is not axis-aligned";
        }
        if (signedArea(r) <= 0) return "exterior ring is not counter-clockwise";
        List<Pt[]> es = edges(r);
        int n = es.size();
        for (int i = 0; i < n; i++) {
            Pt[] a = es.get(i), b = es.get((i + 1) % n);
            if (isHorizontal(a) == isHorizontal(b)) return "consecutive collinear edges at " + a[1];
            for (int j = i + 2; j < n; j++) {
                if (i == 0 && j == n - 1) continue;
                Pt[] c = es.get(j);
                if (segmentsTouch(a[0], a[1], c[0], c[1])) return "self-intersection between edges at " + a[0] + " and " + c[0];
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ the hospital

    /** Stairs, lifts and the lift lobby: same place on every floor. */
    static void core(Floor f) {
        int k = f.level;
        f.connector("stair-a-" + k, "stairs", "Stair A", "stair-a", 38, 9.5, 42, 16.5);
        f.connector("lift-1-" + k, "lift", "Lift 1", "lift-1", 48, 13, 52, 16.5);
        f.connector("lift-2-" + k, "lift", "Lift 2", "lift-2", 48, 9.5, 52, 13);
        f.connector("stair-b-" + k, "stairs", "Stair B", "stair-b", 84, 38, 90, 45);
        String lobby = "lobby-" + k;
        f.door("stair-a-" + k, lobby, 1.2, false, null);
        f.door("lift-1-" + k, lobby, 1.4, false, null, 48, 14.75);
        f.door("lift-2-" + k, lobby, 1.4, false, null, 48, 11.25);
    }

    static void liftLobby(Floor f, String name) {
        f.poly("lobby-" + f.level, "corridor", name, null, 38, 0, 52, 0, 52, 9.5, 48, 9.5, 48, 16.5, 42, 16.5, 42, 9.5, 38, 9.5);
    }

    static Floor ground() {
        Floor f = new Floor("main-0", 0, 0.0, "Ground floor: main entrance, emergency department, radiology");
        // Main entrance: vestibule (exit zone) in the south facade, lobby behind it.
        f.poly("lobby-0", "corridor", "Main entrance lobby", null,
                38, 0, 42, 0, 42, 3, 48, 3, 48, 0, 52, 0, 52, 9.5, 48, 9.5, 48, 16.5, 42, 16.5, 42, 9.5, 38, 9.5);
        f.rect("main-entrance", "exit", "Main entrance", null, 42, 0, 48, 3);
        core(f);

        // Emergency department (west): ambulance bay and its vestibule in the south-west corner notch.
        f.rect("ambulance-bay", "outdoor", "Ambulance bay", null, 0, 0, 9, 12);
        f.rect("ed-ambulance-entrance", "exit", "ED ambulance entrance", null, 0, 12, 9, 16);
        f.rect("ed-walk-in-entrance", "exit", "ED walk-in entrance", null, 30, 0, 34, 3);
        f.poly("ed", "ward", "Emergency department", null, 9, 0, 30, 0, 30, 3, 34, 3, 34, 0, 38, 0, 38, 35.5, 0, 35.5, 0, 16, 9, 16);
        f.rect("ed-resus", "room", "ED resus", "ed", 9, 0, 18, 12);
        f.rect("ed-triage-1", "room", "ED triage 1", "ed", 18, 0, 22, 6);
        f.rect("ed-triage-2", "room", "ED triage 2", "ed", 18, 6, 22, 12);
        f.poly("ed-waiting", "room", "ED waiting room", "ed", 22, 0, 30, 0, 30, 3, 34, 3, 34, 0, 38, 0, 38, 12, 22, 12);
        f.rect("ed-corridor", "corridor", "ED corridor", "ed", 9, 12, 38, 15);
        f.rect("ed-spine", "corridor", "ED spine corridor", "ed", 9, 15, 12.8, 35.5);
        f.rect("ed-majors", "corridor", "ED majors floor", "ed", 12.8, 19, 38, 23);
        for (int i = 0; i < 6; i++)
            f.rect(String.format("ed-bay-%02d", i + 1), "bay", "ED Bay " + (i + 1), "ed", 12.8 + 3.6 * i, 15, 12.8 + 3.6 * (i + 1), 19);
        f.rect("ed-nurse-station", "nurse-station", "ED nurse station", "ed", 34.4, 15, 38, 19);
        for (int i = 0; i < 7; i++)
            f.rect(String.format("ed-bay-%02d", i + 7), "bay", "ED Bay " + (i + 7), "ed", 12.8 + 3.6 * i, 23, 12.8 + 3.6 * (i + 1), 27);
        f.rect("ed-rear-corridor", "corridor", "ED rear corridor", "ed", 12.8, 27, 38, 29.5);
        f.rect("ed-clean-utility", "clean-utility", "ED clean utility", "ed", 12.8, 29.5, 18, 35.5);
        f.rect("ed-dirty-utility", "dirty-utility", "ED dirty utility", "ed", 18, 29.5, 23, 35.5);
        f.rect("ed-equipment-store", "storage", "ED equipment store", "ed", 23, 29.5, 28.5, 35.5);
        f.rect("ed-staff-room", "room", "ED staff room", "ed", 28.5, 29.5, 33.5, 35.5);
        f.rect("ed-relatives-room", "room", "ED relatives room", "ed", 33.5, 29.5, 38, 35.5);
        f.rect("ed-minors", "room", "ED minors", "ed", 0, 16, 9, 24);
        f.rect("ed-plaster-room", "room", "ED plaster room", "ed", 0, 24, 9, 29.5);
        f.rect("ed-safe-room", "room", "ED safe room", "ed", 0, 29.5, 9, 35.5);

        // Centre: corridor from the lobby to the main corridor, stores and utilities either side.
        f.rect("corridor-0-central", "corridor", "Central corridor", null, 43.5, 16.5, 46.5, 35.5);
        f.rect("transport-lounge", "room", "Patient transport lounge", null, 38, 16.5, 43.5, 24);
        f.rect("equipment-library", "storage", "Equipment library", null, 38, 24, 43.5, 35.5);
        f.rect("clean-utility-0", "clean-utility", "Clean utility 0", null, 46.5, 16.5, 52, 20);
        f.rect("dirty-utility-0", "dirty-utility", "Dirty utility 0", null, 46.5, 22.5, 52, 29);
        f.rect("equipment-store-0", "storage", "Equipment store 0", null, 46.5, 29, 52, 35.5);

        // Radiology (east).
        f.rect("corridor-0-south-east", "corridor", "Radiology corridor south", null, 52, 7, 90, 9.5);
        f.rect("corridor-0-radiology", "corridor", "Radiology corridor", null, 46.5, 20, 90, 22.5);
        f.rect("radiology-reception", "room", "Radiology reception", null, 52, 0, 60, 7);
        f.rect("xray-1", "room", "X-ray 1", null, 60, 0, 67, 7);
        f.rect("xray-2", "room", "X-ray 2", null, 67, 0, 74, 7);
        f.rect("ultrasound-1", "room", "Ultrasound 1", null, 74, 0, 80, 7);
        f.rect("radiology-reporting", "room", "Radiology reporting room", null, 80, 0, 85, 7);
        f.rect("patient-changing", "room", "Patient changing", null, 85, 0, 90, 7);
        f.rect("ct-scanner", "restricted", "CT scanner", null, 52, 9.5, 61, 20);
        f.rect("ct-control", "room", "CT control room", null, 61, 9.5, 64, 20);
        f.rect("mri-scanner", "restricted", "MRI scanner", null, 64, 9.5, 73, 20);
        f.rect("mri-control", "room", "MRI control room", null, 73, 9.5, 77, 20);
        f.rect("mri-equipment-room", "restricted", "MRI equipment room", null, 77, 9.5, 81, 20);
        f.rect("fluoroscopy", "room", "Fluoroscopy", null, 81, 9.5, 90, 20);
        f.rect("radiology-recovery", "room", "Radiology recovery", null, 52, 22.5, 62, 29);
        f.rect("radiology-clean-utility", "clean-utility", "Radiology clean utility", null, 62, 22.5, 68, 29);
        f.rect("radiology-dirty-utility", "dirty-utility", "Radiology dirty utility", null, 68, 22.5, 73, 29);
        f.rect("contrast-store", "storage", "Contrast store", null, 73, 22.5, 78, 29);
        f.rect("radiology-staff-room", "room", "Radiology staff room", null, 78, 22.5, 90, 29);
        f.rect("phlebotomy", "room", "Phlebotomy", null, 52, 29, 62, 35.5);
        f.rect("outpatients-1", "room", "Outpatients room 1", null, 62, 29, 72, 35.5);
        f.rect("outpatients-2", "room", "Outpatients room 2", null, 72, 29, 82, 35.5);
        f.rect("facilities-office", "room", "Facilities office", null, 82, 29, 90, 35.5);

        // Main corridor (north) and the rooms along the north facade.
        f.rect("corridor-0-north", "corridor", "Main corridor", null, 0, 35.5, 90, 38);
        f.rect("pharmacy", "restricted", "Pharmacy", null, 0, 38, 12, 45);
        f.rect("cafe", "room", "Cafe", null, 12, 38, 24, 45);
        f.rect("chapel", "room", "Chapel", null, 24, 38, 30, 45);
        f.rect("shop", "room", "Shop", null, 30, 38, 36, 45);
        f.rect("security-office", "room", "Security office", null, 36, 38, 42, 45);
        f.rect("staff-exit", "exit", "Staff exit", null, 42, 38, 46, 45);
        f.rect("staff-changing-1", "room", "Staff changing 1", null, 46, 38, 52, 45);
        f.rect("staff-changing-2", "room", "Staff changing 2", null, 52, 38, 58, 45);
        f.rect("medical-records", "restricted", "Medical records", null, 58, 38, 66, 45);
        f.rect("biomedical-engineering", "room", "Biomedical engineering workshop", null, 66, 38, 76, 45);
        f.rect("porters-base", "room", "Porters' base", null, 76, 38, 84, 45);

        // Openings: entrances and exits.
        f.door("main-entrance", "lobby-0", 1.6, true, "Main entrance doors");
        f.door("ambulance-bay", "ed-ambulance-entrance", 1.6, true, "Ambulance entrance outer doors");
        f.door("ed-ambulance-entrance", "ed-corridor", 1.6, true, "ED ambulance doors");
        f.door("ed-walk-in-entrance", "ed-waiting", 1.6, true, "ED walk-in entrance doors", 32, 3);
        f.door("ed-waiting", "lobby-0", 1.6, true, "ED doors to main lobby");
        f.door("ed-spine", "corridor-0-north", 1.6, true, "ED doors to main corridor");
        f.door("staff-exit", "corridor-0-north", 1.2, true, "Staff exit door");
        f.door("stair-b-0", "corridor-0-north", 1.2, false, null);
        // ED inside.
        f.door("ed-resus", "ed-corridor", 1.6, false, null);
        f.door("ed-triage-1", "ed-waiting", 1.2, false, null);
        f.door("ed-triage-2", "ed-waiting", 1.2, false, null);
        f.door("ed-waiting", "ed-corridor", 1.6, false, null);
        f.junction("ed-corridor", "ed-spine");
        f.junction("ed-spine", "ed-majors");
        f.junction("ed-spine", "ed-rear-corridor");
        for (int i = 1; i <= 13; i++) f.door(String.format("ed-bay-%02d", i), "ed-majors", 1.6, false, null);
        f.door("ed-nurse-station", "ed-majors", 1.2, false, null);
        f.door("ed-nurse-station", "ed-corridor", 1.2, false, null);
        for (String r : List.of("ed-clean-utility", "ed-dirty-utility", "ed-equipment-store", "ed-staff-room", "ed-relatives-room"))
            f.door(r, "ed-rear-corridor", 1.2, false, null);
        for (String r : List.of("ed-minors", "ed-plaster-room", "ed-safe-room")) f.door(r, "ed-spine", 1.2, false, null);
        // Centre.
        f.junction("lobby-0", "corridor-0-central");
        f.junction("corridor-0-central", "corridor-0-north");
        f.junction("corridor-0-central", "corridor-0-radiology");
        f.junction("lobby-0", "corridor-0-south-east");
        for (String r : List.of("transport-lounge", "equipment-library", "clean-utility-0", "dirty-utility-0", "equipment-store-0"))
            f.door(r, "corridor-0-central", 1.2, false, null);
        // Radiology.
        f.door("radiology-reception", "lobby-0", 1.6, false, null);
        f.door("radiology-reception", "corridor-0-south-east", 1.2, false, null);
        for (String r : List.of("xray-1", "xray-2", "ultrasound-1", "radiology-reporting", "patient-changing"))
            f.door(r, "corridor-0-south-east", 1.2, false, null);
        for (String r : List.of("ct-scanner", "mri-scanner"))
            f.door(r, "corridor-0-south-east", 1.6, false, null);
        for (String r : List.of("ct-control", "mri-control", "mri-equipment-room", "fluoroscopy"))
            f.door(r, "corridor-0-south-east", 1.2, false, null);
        for (String r : List.of("radiology-recovery", "radiology-clean-utility", "radiology-dirty-utility", "contrast-store", "radiology-staff-room"))
            f.door(r, "corridor-0-radiology", 1.2, false, null);
        for (String r : List.of("phlebotomy", "outpatients-1", "outpatients-2", "facilities-office"))
            f.door(r, "corridor-0-north", 1.2, false, null);
        for (String r : List.of("pharmacy", "cafe", "chapel", "shop", "security-office", "staff-changing-1", "staff-changing-2",
                "medical-records", "biomedical-engineering", "porters-base"))
            f.door(r, "corridor-0-north", 1.2, false, null);
        return f;
    }

    static Floor first() {
        Floor f = new Floor("main-1", 1, 4.5, "First floor: medical-surgical ward");
        liftLobby(f, "Lift lobby 1");
        core(f);
        String w = "ward-1";
        f.poly(w, "ward", "Ward 1: Medical-surgical", null, 0, 0, 38, 0, 38, 16.5, 52, 16.5, 52, 0, 90, 0, 90, 38, 84, 38, 84, 45, 0, 45);
        f.rect("corridor-1-south-west", "corridor", "Corridor 1 South-West", w, 0, 7, 38, 9.5);
        f.rect("corridor-1-south-east", "corridor", "Corridor 1 South-East", w, 52, 7, 90, 9.5);
        f.rect("corridor-1-north", "corridor", "Corridor 1 North", w, 0, 35.5, 90, 38);
        f.rect("corridor-1-west", "corridor", "Corridor 1 West link", w, 17, 9.5, 19.5, 35.5);
        f.rect("corridor-1-east", "corridor", "Corridor 1 East link", w, 70.5, 9.5, 73, 35.5);
        f.rect("corridor-1-central", "corridor", "Corridor 1 Central", w, 43.5, 16.5, 46.5, 35.5);
        for (int i = 0; i < 20; i++) // north facade
            f.rect("room-" + (101 + i), "room", "Room " + (101 + i), w, 4.2 * i, 38, 4.2 * (i + 1), 45);
        for (int i = 0; i < 10; i++) // south facade, west
            f.rect("room-" + (121 + i), "room", "Room " + (121 + i), w, 3.8 * i, 0, 3.8 * (i + 1), 7);
        f.rect("staff-room-1", "room", "Staff room 1", w, 52, 0, 60, 7);
        f.rect("ward-office-1", "room", "Ward office 1", w, 60, 0, 64, 7);
        f.rect("treatment-room-1", "room", "Treatment room 1", w, 64, 0, 70, 7);
        f.rect("seminar-room-1", "room", "Seminar room 1", w, 70, 0, 78, 7);
        f.rect("linen-store-1", "storage", "Linen store 1", w, 78, 0, 82, 7);
        f.rect("bathroom-1", "room", "Assisted bathroom 1", w, 82, 0, 90, 7);
        f.rect("clean-utility-1", "clean-utility", "Clean utility 1", w, 0, 9.5, 8.5, 16);
        f.rect("dirty-utility-1", "dirty-utility", "Dirty utility 1", w, 8.5, 9.5, 17, 16);
        f.rect("equipment-store-1", "storage", "Equipment store 1", w, 0, 29, 8.5, 35.5);
        f.rect("medication-room-1", "restricted", "Medication room 1", w, 8.5, 29, 17, 35.5);
        f.rect("doctors-office-1", "room", "Doctors' office 1", w, 19.5, 9.5, 28, 16);
        f.rect("relatives-room-1", "room", "Relatives room 1", w, 28, 9.5, 38, 16);
        f.rect("nurse-station-1-west", "nurse-station", "Nurse station 1 West", w, 19.5, 29, 28, 35.5);
        f.rect("patient-kitchen-1", "room", "Patient kitchen 1", w, 28, 29, 38, 35.5);
        f.rect("discharge-lounge-1", "room", "Discharge lounge 1", w, 38, 29, 43.5, 35.5);
        f.rect("consumables-store-1", "storage", "Consumables store 1", w, 46.5, 29, 52, 35.5);
        f.rect("nurse-station-1-east", "nurse-station", "Nurse station 1 East", w, 52, 9.5, 60, 16);
        f.rect("clean-utility-1-east", "clean-utility", "Clean utility 1 East", w, 60, 9.5, 65, 16);
        f.rect("dirty-utility-1-east", "dirty-utility", "Dirty utility 1 East", w, 65, 9.5, 70.5, 16);
        f.rect("equipment-store-1-east", "storage", "Equipment store 1 East", w, 52, 29, 60, 35.5);
        f.rect("day-room-1", "room", "Day room 1", w, 60, 29, 70.5, 35.5);
        f.rect("room-131", "room", "Isolation room 131", w, 73, 9.5, 81.5, 16);
        f.rect("room-132", "room", "Isolation room 132", w, 81.5, 9.5, 90, 16);
        f.rect("gym-1", "room", "Therapy gym 1", w, 73, 29, 81.5, 35.5);
        f.rect("quiet-room-1", "room", "Quiet room 1", w, 81.5, 29, 90, 35.5);

        f.door("corridor-1-south-west", "lobby-1", 1.6, true, "Ward 1 west entrance");
        f.door("corridor-1-south-east", "lobby-1", 1.6, true, "Ward 1 east entrance");
        f.door("corridor-1-central", "lobby-1", 1.6, true, "Ward 1 main entrance");
        f.door("stair-b-1", "corridor-1-north", 1.2, true, "Stair B door (ward 1)");
        f.junction("corridor-1-south-west", "corridor-1-west");
        f.junction("corridor-1-north", "corridor-1-west");
        f.junction("corridor-1-south-east", "corridor-1-east");
        f.junction("corridor-1-north", "corridor-1-east");
        f.junction("corridor-1-north", "corridor-1-central");
        for (int i = 101; i <= 120; i++) f.door("room-" + i, "corridor-1-north", 1.4, false, null);
        for (int i = 121; i <= 130; i++) f.door("room-" + i, "corridor-1-south-west", 1.4, false, null);
        for (String r : List.of("clean-utility-1", "dirty-utility-1", "doctors-office-1", "relatives-room-1"))
            f.door(r, "corridor-1-south-west", 1.2, false, null);
        for (String r : List.of("staff-room-1", "ward-office-1", "treatment-room-1", "seminar-room-1", "linen-store-1", "bathroom-1",
                "nurse-station-1-east", "clean-utility-1-east", "dirty-utility-1-east"))
            f.door(r, "corridor-1-south-east", 1.2, false, null);
        f.door("room-131", "corridor-1-south-east", 1.4, false, null);
        f.door("room-132", "corridor-1-south-east", 1.4, false, null);
        for (String r : List.of("equipment-store-1", "medication-room-1", "nurse-station-1-west", "patient-kitchen-1",
                "equipment-store-1-east", "day-room-1", "gym-1", "quiet-room-1"))
            f.door(r, "corridor-1-north", 1.2, false, null);
        f.door("nurse-station-1-west", "corridor-1-west", 1.2, false, null);
        f.door("discharge-lounge-1", "corridor-1-central", 1.2, false, null);
        f.door("consumables-store-1", "corridor-1-central", 1.2, false, null);
        return f;
    }

    static Floor second() {
        Floor f = new Floor("main-2", 2, 9.0, "Second floor: maternity and memory care");
        liftLobby(f, "Lift lobby 2");
        core(f);
        // Maternity (west). Its only ways out are the secured doors to the lift lobby.
        String m = "maternity";
        f.poly(m, "ward", "Maternity unit", null, 0, 0, 38, 0, 38, 16.5, 45, 16.5, 45, 45, 0, 45);
        f.rect("corridor-2-maternity-south", "corridor", "Maternity corridor south", m, 0, 7, 38, 9.5);
        f.rect("corridor-2-maternity-north", "corridor", "Maternity corridor north", m, 0, 35.5, 45, 38);
        f.rect("corridor-2-maternity-link", "corridor", "Maternity corridor link", m, 17, 9.5, 19.5, 35.5);
        for (int i = 0; i < 4; i++)
            f.rect("delivery-room-" + (i + 1), "room", "Delivery room " + (i + 1), m, 6 * i, 0, 6 * (i + 1), 7);
        f.rect("maternity-triage", "room", "Maternity triage", m, 24, 0, 31, 7);
        f.rect("maternity-reception", "room", "Maternity reception", m, 31, 0, 38, 7);
        for (int i = 0; i < 10; i++)
            f.rect("room-" + (201 + i), "room", "Room " + (201 + i), m, 4.5 * i, 38, 4.5 * (i + 1), 45);
        f.rect("clean-utility-2-west", "clean-utility", "Clean utility 2 West", m, 0, 9.5, 8.5, 16);
        f.rect("dirty-utility-2-west", "dirty-utility", "Dirty utility 2 West", m, 8.5, 9.5, 17, 16);
        f.rect("infant-feeding-room", "room", "Infant feeding room", m, 0, 29, 8.5, 35.5);
        f.rect("equipment-store-2-west", "storage", "Equipment store 2 West", m, 8.5, 29, 17, 35.5);
        f.rect("maternity-staff-room", "room", "Maternity staff room", m, 19.5, 9.5, 28, 16);
        f.rect("family-room-2", "room", "Family room", m, 28, 9.5, 38, 16);
        f.rect("nurse-station-2-west", "nurse-station", "Nurse station 2 West", m, 19.5, 29, 27, 35.5);
        f.rect("nursery", "restricted", "Nursery", m, 27, 29, 38, 35.5);
        f.rect("bereavement-suite", "room", "Bereavement suite", m, 38, 29, 45, 35.5);
        // Memory care (east). Its exits to the lift lobby and to stair B are wander-risk exits.
        String c = "memory-care";
        f.poly(c, "ward", "Memory care unit", null, 45, 16.5, 52, 16.5, 52, 0, 90, 0, 90, 38, 84, 38, 84, 45, 45, 45);
        f.rect("corridor-2-memory-south", "corridor", "Memory care corridor south", c, 52, 7, 90, 9.5);
        f.rect("corridor-2-memory-north", "corridor", "Memory care corridor north", c, 45, 35.5, 90, 38);
        f.rect("corridor-2-memory-link", "corridor", "Memory care corridor link", c, 70.5, 9.5, 73, 35.5);
        for (int i = 0; i < 10; i++)
            f.rect("room-" + (221 + i), "room", "Room " + (221 + i), c, 52 + 3.8 * i, 0, 52 + 3.8 * (i + 1), 7);
        for (int i = 0; i < 10; i++)
            f.rect("room-" + (231 + i), "room", "Room " + (231 + i), c, 45 + 3.9 * i, 38, 45 + 3.9 * (i + 1), 45);
        f.rect("sensory-room-2", "room", "Memory care sensory room", c, 45, 29, 52, 35.5);
        f.rect("nurse-station-2-east", "nurse-station", "Nurse station 2 East", c, 52, 9.5, 60, 16);
        f.rect("clean-utility-2-east", "clean-utility", "Clean utility 2 East", c, 60, 9.5, 65, 16);
        f.rect("dirty-utility-2-east", "dirty-utility", "Dirty utility 2 East", c, 65, 9.5, 70.5, 16);
        f.rect("memory-care-dining", "room", "Memory care dining room", c, 52, 29, 62, 35.5);
        f.rect("equipment-store-2-east", "storage", "Equipment store 2 East", c, 62, 29, 70.5, 35.5);
        f.rect("memory-care-day-room", "room", "Memory care day room", c, 73, 9.5, 90, 16);
        f.rect("activity-room-2", "room", "Memory care activity room", c, 73, 29, 81.5, 35.5);
        f.rect("quiet-room-2", "room", "Memory care quiet room", c, 81.5, 29, 90, 35.5);

        f.door("corridor-2-maternity-south", "lobby-2", 1.6, true, "Maternity unit entrance (secured)");
        f.door("corridor-2-memory-south", "lobby-2", 1.6, true, "Memory care entrance (secured)");
        f.door("stair-b-2", "corridor-2-memory-north", 1.2, true, "Stair B door (memory care, secured)");
        f.junction("corridor-2-maternity-south", "corridor-2-maternity-link");
        f.junction("corridor-2-maternity-north", "corridor-2-maternity-link");
        f.junction("corridor-2-memory-south", "corridor-2-memory-link");
        f.junction("corridor-2-memory-north", "corridor-2-memory-link");
        for (String r : List.of("delivery-room-1", "delivery-room-2", "delivery-room-3", "delivery-room-4", "maternity-triage", "maternity-reception"))
            f.door(r, "corridor-2-maternity-south", 1.4, false, null);
        for (int i = 201; i <= 210; i++) f.door("room-" + i, "corridor-2-maternity-north", 1.4, false, null);
        for (String r : List.of("clean-utility-2-west", "dirty-utility-2-west", "maternity-staff-room", "family-room-2"))
            f.door(r, "corridor-2-maternity-south", 1.2, false, null);
        for (String r : List.of("infant-feeding-room", "equipment-store-2-west", "nurse-station-2-west", "nursery", "bereavement-suite"))
            f.door(r, "corridor-2-maternity-north", 1.2, false, null);
        f.door("nurse-station-2-west", "nursery", 1.0, false, null);
        for (int i = 221; i <= 230; i++) f.door("room-" + i, "corridor-2-memory-south", 1.4, false, null);
        for (int i = 231; i <= 240; i++) f.door("room-" + i, "corridor-2-memory-north", 1.4, false, null);
        for (String r : List.of("nurse-station-2-east", "clean-utility-2-east", "dirty-utility-2-east"))
            f.door(r, "corridor-2-memory-south", 1.2, false, null);
        f.door("memory-care-day-room", "corridor-2-memory-south", 1.6, false, null);
        f.door("memory-care-day-room", "corridor-2-memory-link", 1.6, false, null);
        for (String r : List.of("sensory-room-2", "memory-care-dining", "equipment-store-2-east", "activity-room-2", "quiet-room-2"))
            f.door(r, "corridor-2-memory-north", 1.2, false, null);
        return f;
    }

    // ------------------------------------------------------------------ derived features

    static final Zone OUTSIDE = new Zone("(outside)", "outside", "outside", null, null, ring(0, 0, 1, 0, 1, 1, 0, 1), -1);
    static final Zone VOID = new Zone("(light well or shaft)", "void", "void", null, null, ring(0, 0, 1, 0, 1, 1, 0, 1), -1);

    static int depth(Floor f, Zone z) {
        int d = 0;
        for (Zone p = z; p != null && p.parent != null && d < 20; p = f.byId.get(p.parent)) d++;
        return d;
    }

    /** The innermost non-ward zone at a point, VOID inside the outline, OUTSIDE beyond it. */
    static Zone leafAt(Floor f, double x, double y) {
        if (!f.outlineZone.containsOpen(x, y)) return OUTSIDE;
        Zone best = null;
        for (Zone z : f.zones)
            if (!z.subtype.equals("ward") && z.containsOpen(x, y) && (best == null || depth(f, z) > depth(f, best))) best = z;
        return best == null ? VOID : best;
    }

    static double wallAttenuation(Floor f, Zone a, Zone b, Pt mid) {
        if (a == b) return -1;
        if ((a.subtype.equals("outdoor") && b == OUTSIDE) || (b.subtype.equals("outdoor") && a == OUTSIDE)) return -1;
        for (Opening o : f.openings)
            if (o.junction && ((o.a.equals(a.id) && o.b.equals(b.id)) || (o.a.equals(b.id) && o.b.equals(a.id)))
                    && distToSeg(mid.x(), mid.y(), o.p, o.q) < EPS) return -1;
        Set<String> s = new HashSet<>(List.of(a.subtype, b.subtype));
        if (s.contains("stairs") || s.contains("lift")) return WALL_CORE;
        if (a == OUTSIDE || b == OUTSIDE || a == VOID || b == VOID) return WALL_EXTERIOR;
        if (s.contains("bay") && s.contains("corridor")) return WALL_CURTAIN;
        return WALL_INTERIOR;
    }

    /** Walls along every zone and outline edge, split where the zones on either side change, then merged. */
    static void walls(Floor f) {
        List<List<Pt>> rings = new ArrayList<>();
        rings.add(f.outline);
        for (Zone z : f.zones) rings.add(z.ring);
        TreeMap<Double, List<double[]>> hor = new TreeMap<>(), ver = new TreeMap<>();
        for (List<Pt> r : rings)
            for (Pt[] e : edges(r)) {
                if (isHorizontal(e)) hor.computeIfAbsent(e[0].y(), k -> new ArrayList<>()).add(new double[]{Math.min(e[0].x(), e[1].x()), Math.max(e[0].x(), e[1].x())});
                else ver.computeIfAbsent(e[0].x(), k -> new ArrayList<>()).add(new double[]{Math.min(e[0].y(), e[1].y()), Math.max(e[0].y(), e[1].y())});
            }
        int n = 0;
        for (int pass = 0; pass < 2; pass++) {
            boolean h = pass == 0;
            for (Map.Entry<Double, List<double[]>> line : (h ? hor : ver).entrySet()) {
                double c = line.getKey();
                TreeSet<Double> bps = new TreeSet<>();
                for (double[] iv : line.getValue()) {
                    bps.add(iv[0]);
                    bps.add(iv[1]);
                }
                Double[] b = bps.toArray(new Double[0]);
                double runStart = Double.NaN, runEnd = Double.NaN, runAtt = -1;
                for (int i = 0; i + 1 <= b.length; i++) {
                    double att = -1;
                    if (i + 1 < b.length) {
                        double lo = b[i], hi = b[i + 1], m = (lo + hi) / 2;
                        boolean covered = false;
                        for (double[] iv : line.getValue()) if (iv[0] <= lo + EPS && iv[1] >= hi - EPS) covered = true;
                        if (covered) {
                            Zone s1 = h ? leafAt(f, m, c - 0.05) : leafAt(f, c - 0.05, m);
                            Zone s2 = h ? leafAt(f, m, c + 0.05) : leafAt(f, c + 0.05, m);
                            att = wallAttenuation(f, s1, s2, h ? new Pt(m, c) : new Pt(c, m));
                        }
                    }
                    boolean extend = att >= 0 && runAtt == att && Math.abs(runEnd - b[i]) < EPS;
                    if (!extend && runAtt >= 0) {
                        n++;
                        f.walls.add(new Wall(String.format("wall-%d-%03d", f.level, n),
                                h ? new Pt(runStart, c) : new Pt(c, runStart), h ? new Pt(runEnd, c) : new Pt(c, runEnd), runAtt));
                        runAtt = -1;
                    }
                    if (att >= 0) {
                        if (extend) runEnd = b[i + 1];
                        else {
                            runStart = b[i];
                            runEnd = b[i + 1];
                            runAtt = att;
                        }
                    }
                }
            }
        }
    }

    static final int ANCHOR_PLACEMENT_TARGET = 5; // one more than needed, so one anchor can fail
    static final double CORRIDOR_ANCHOR_SPACING_M = 12.0;
    static final Set<String> NO_ANCHOR = Set.of("ward", "stairs", "lift", "exit", "outdoor");

    /**
     * Anchors: a line along every corridor (at most 12 m apart, on the centre line of its largest part), then
     * extras in rooms, one at a time, wherever a sampled zone point sees the fewest anchors, until every
     * sample sees at least ANCHOR_PLACEMENT_TARGET within range.
     */
    static void anchors(Floor f) {
        List<Pt> placed = new ArrayList<>();
        for (Zone z : f.zones) {
            if (!z.subtype.equals("corridor")) continue;
            Rect c = largestRectangle(z);
            boolean alongX = c.x1() - c.x0() >= c.y1() - c.y0();
            double len = alongX ? c.x1() - c.x0() : c.y1() - c.y0();
            int n = Math.max(1, (int) Math.ceil(len / CORRIDOR_ANCHOR_SPACING_M - EPS));
            for (int i = 0; i < n; i++) {
                double t = Math.round((i + 0.5) * len / n * 10) / 10.0; // to 0.1 m
                placed.add(alongX ? new Pt(c.x0() + t, (c.y0() + c.y1()) / 2) : new Pt((c.x0() + c.x1()) / 2, c.y0() + t));
            }
        }
        List<Object[]> samples = new ArrayList<>(); // {zone, x, y}
        for (Zone z : f.zones) {
            double[] b = z.bbox();
            for (double x : grid(b[0], b[2]))
                for (double y : grid(b[1], b[3])) if (z.containsClosed(x, y)) samples.add(new Object[]{z, x, y});
        }
        for (int guard = 0; guard < 500; guard++) {
            Object[] worst = null;
            int worstN = Integer.MAX_VALUE;
            for (Object[] s : samples) {
                int n = 0;
                for (Pt a : placed) if (Math.hypot(a.x() - (double) s[1], a.y() - (double) s[2]) <= ANCHOR_RANGE_M) n++;
                if (n < worstN) {
                    worstN = n;
                    worst = s;
                }
            }
            if (worst == null || worstN >= ANCHOR_PLACEMENT_TARGET) break;
            double wx = (double) worst[1], wy = (double) worst[2];
            Zone home = (Zone) worst[0];
            // Candidates: the centre of the room the point is in, the nearest ceiling point, then the
            // centres of other rooms by distance; the first not within 3 m of an anchor wins.
            List<Pt> cands = new ArrayList<>();
            if (!NO_ANCHOR.contains(home.subtype)) cands.add(centreOf(home));
            cands.add(snap(f, wx, wy));
            List<Pt> centres = new ArrayList<>();
            for (Zone z : f.zones) if (!NO_ANCHOR.contains(z.subtype)) centres.add(centreOf(z));
            centres.sort((p, q) -> Double.compare(Math.hypot(p.x() - wx, p.y() - wy), Math.hypot(q.x() - wx, q.y() - wy)));
            cands.addAll(centres);
            Pt cand = null;
            for (Pt c : cands)
                if (!tooClose(placed, c) && Math.hypot(c.x() - wx, c.y() - wy) <= ANCHOR_RANGE_M) {
                    cand = c;
                    break;
                }
            if (cand == null) {
                error(f.id + ": cannot place another anchor near (" + wx + ", " + wy + ")");
                break;
            }
            placed.add(cand);
        }
        for (int i = 0; i < placed.size(); i++)
            f.anchors.add(new Device(String.format("uwb-%d-%02d", f.level, i + 1), placed.get(i), ANCHOR_Z));
    }

    static boolean tooClose(List<Pt> placed, Pt p) {
        for (Pt a : placed) if (len(a, p) < 3.0) return true;
        return false;
    }

    /** The nearest point, 0.5 m in from the walls, of a zone that can carry an anchor. */
    static Pt snap(Floor f, double tx, double ty) {
        Pt best = null;
        double bestD = Double.MAX_VALUE;
        for (Zone z : f.zones) {
            if (NO_ANCHOR.contains(z.subtype)) continue;
            for (Rect c : z.cells) {
                if (c.x1() - c.x0() < 1.0 || c.y1() - c.y0() < 1.0) continue;
                double x = Math.max(c.x0() + 0.5, Math.min(c.x1() - 0.5, tx));
                double y = Math.max(c.y0() + 0.5, Math.min(c.y1() - 0.5, ty));
                double d = Math.hypot(x - tx, y - ty);
                if (d < bestD - EPS) {
                    bestD = d;
                    best = new Pt(x, y);
                }
            }
        }
        return best;
    }

    /** The largest axis-aligned rectangle made of whole cells of a rectilinear polygon (small polygons only). */
    static Rect largestRectangle(Zone z) {
        TreeSet<Double> xs = new TreeSet<>(), ys = new TreeSet<>();
        for (Pt p : z.ring) {
            xs.add(p.x());
            ys.add(p.y());
        }
        Double[] xa = xs.toArray(new Double[0]), ya = ys.toArray(new Double[0]);
        Rect best = z.cells.get(0);
        for (int i = 0; i < xa.length; i++)
            for (int j = i + 1; j < xa.length; j++)
                for (int k = 0; k < ya.length; k++)
                    for (int l = k + 1; l < ya.length; l++) {
                        Rect r = new Rect(xa[i], ya[k], xa[j], ya[l]);
                        if (r.area() <= best.area()) continue;
                        Zone probe = new Zone("probe", "probe", "probe", null, null, ring(r.x0(), r.y0(), r.x1(), r.y0(), r.x1(), r.y1(), r.x0(), r.y1()), -1);
                        if (Math.abs(intersectionArea(probe, z) - r.area()) < 1e-6) best = r;
                    }
        return best;
    }

    static Pt centreOf(Zone z) {
        double a = 0, cx = 0, cy = 0;
        for (Rect c : z.cells) {
            a += c.area();
            cx += c.area() * (c.x0() + c.x1()) / 2;
            cy += c.area() * (c.y0() + c.y1()) / 2;
        }
        Pt p = new Pt(cx / a, cy / a);
        for (Rect c : z.cells)
            if (c.x0() + 0.5 < p.x() && p.x() < c.x1() - 0.5 && c.y0() + 0.5 < p.y() && p.y() < c.y1() - 0.5) return p;
        Rect big = z.cells.get(0);
        for (Rect c : z.cells) if (c.area() > big.area()) big = c;
        return new Pt((big.x0() + big.x1()) / 2, (big.y0() + big.y1()) / 2);
    }

    static void receivers(Floor f) {
        for (Zone z : f.zones)
            if (ROOM_LIKE.contains(z.subtype)) f.receivers.add(new Device("ble-" + z.id, centreOf(z), RECEIVER_Z));
    }

    // ------------------------------------------------------------------ georeference (WGS84)

    static final double A = 6378137.0, F = 1 / 298.257223563, E2 = F * (2 - F);

    static double[] toEcef(double latDeg, double lonDeg, double h) {
        double lat = Math.toRadians(latDeg), lon = Math.toRadians(lonDeg);
        double n = A / Math.sqrt(1 - E2 * Math.sin(lat) * Math.sin(lat));
        return new double[]{(n + h) * Math.cos(lat) * Math.cos(lon), (n + h) * Math.cos(lat) * Math.sin(lon), (n * (1 - E2) + h) * Math.sin(lat)};
    }

    static double[] toGeodetic(double[] p) {
        double lon = Math.atan2(p[1], p[0]), r = Math.hypot(p[0], p[1]);
        double lat = Math.atan2(p[2], r * (1 - E2)), h = 0;
        for (int i = 0; i < 10; i++) {
            double n = A / Math.sqrt(1 - E2 * Math.sin(lat) * Math.sin(lat));
            h = r / Math.cos(lat) - n;
            lat = Math.atan2(p[2], r * (1 - E2 * n / (n + h)));
        }
        return new double[]{Math.toDegrees(lat), Math.toDegrees(lon), h};
    }

    /** Local building frame to east/north metres: the frame's y axis points ROTATION_DEG east of north. */
    static double[] localToEn(double x, double y) {
        double t = Math.toRadians(ROTATION_DEG);
        return new double[]{x * Math.cos(t) + y * Math.sin(t), -x * Math.sin(t) + y * Math.cos(t)};
    }

    static double[] enToLocal(double e, double n) {
        double t = Math.toRadians(ROTATION_DEG);
        return new double[]{e * Math.cos(t) - n * Math.sin(t), e * Math.sin(t) + n * Math.cos(t)};
    }

    static double[] localToLatLon(double x, double y) {
        double[] en = localToEn(x, y);
        double lat = Math.toRadians(ORIGIN_LAT), lon = Math.toRadians(ORIGIN_LON);
        double[] o = toEcef(ORIGIN_LAT, ORIGIN_LON, 0);
        double e = en[0], n = en[1];
        double[] p = {
                o[0] - Math.sin(lon) * e - Math.sin(lat) * Math.cos(lon) * n,
                o[1] + Math.cos(lon) * e - Math.sin(lat) * Math.sin(lon) * n,
                o[2] + Math.cos(lat) * n};
        double[] g = toGeodetic(p);
        return new double[]{round(g[0], 9), round(g[1], 9)};
    }

    static double[] latLonToLocal(double latDeg, double lonDeg) {
        double lat = Math.toRadians(ORIGIN_LAT), lon = Math.toRadians(ORIGIN_LON);
        double[] o = toEcef(ORIGIN_LAT, ORIGIN_LON, 0), p = toEcef(latDeg, lonDeg, 0);
        double dx = p[0] - o[0], dy = p[1] - o[1], dz = p[2] - o[2];
        double e = -Math.sin(lon) * dx + Math.cos(lon) * dy;
        double n = -Math.sin(lat) * Math.cos(lon) * dx - Math.sin(lat) * Math.sin(lon) * dy + Math.cos(lat) * dz;
        return enToLocal(e, n);
    }

    static double round(double v, int d) {
        return new BigDecimal(Double.toString(v)).setScale(d, RoundingMode.HALF_UP).doubleValue();
    }

    static void controlPoints(Floor f) {
        double[][] corners = {{0, 0}, {W, 0}, {W, H}};
        String[] ids = {"cp-main-sw", "cp-main-se", "cp-main-ne"};
        for (int i = 0; i < 3; i++) {
            double[] ll = localToLatLon(corners[i][0], corners[i][1]);
            f.controlPoints.add(new ControlPoint(ids[i], new Pt(corners[i][0], corners[i][1]), ll[0], ll[1]));
        }
    }

    // ------------------------------------------------------------------ checks

    static void check(List<Floor> floors) {
        Set<String> ids = new HashSet<>();
        for (Floor f : floors) {
            List<String> all = new ArrayList<>();
            all.add(f.outlineZone.id);
            f.zones.forEach(z -> all.add(z.id));
            f.openings.forEach(o -> all.add(o.id));
            f.walls.forEach(w -> all.add(w.id()));
            f.anchors.forEach(a -> all.add(a.id()));
            f.receivers.forEach(r -> all.add(r.id()));
            f.controlPoints.forEach(c -> all.add(c.id()));
            if (!ID.matcher(f.id).matches()) error("floor id " + f.id + " is not a valid id");
            for (String id : all) {
                if (!ID.matcher(id).matches()) error(f.id + ": id '" + id + "' is not 1-64 of A-Z a-z 0-9 . _ -");
                if (!ids.add(id)) error(f.id + ": id " + id + " is not unique in the site");
            }
            String p = ringProblem(f.outline);
            if (p != null) error(f.id + ": floor outline: " + p);
            if (!f.outline.equals(floors.get(0).outline)) error(f.id + ": floor outline differs from " + floors.get(0).id);

            for (Zone z : f.zones) {
                if (!SUBTYPES.contains(z.subtype)) error(f.id + ": zone " + z.id + " has unknown subtype " + z.subtype);
                if (z.name == null || z.name.isBlank()) error(f.id + ": zone " + z.id + " has no name");
                String rp = ringProblem(z.ring);
                if (rp != null) error(f.id + ": zone " + z.id + ": " + rp);
                if (Math.abs(intersectionArea(z, f.outlineZone) - z.area()) > 1e-6)
                    error(f.id + ": zone " + z.id + " is not inside the floor outline");
                if (z.parent != null) {
                    Zone par = f.byId.get(z.parent);
                    if (par == null) error(f.id + ": zone " + z.id + " has unknown parent " + z.parent);
                    else if (Math.abs(intersectionArea(z, par) - z.area()) > 1e-6)
                        error(f.id + ": zone " + z.id + " is not inside its parent " + z.parent);
                    if (depth(f, z) >= 20) error(f.id + ": zone " + z.id + " has a parent cycle");
                }
                boolean core = z.subtype.equals("stairs") || z.subtype.equals("lift");
                if (core && z.connector == null) error(f.id + ": " + z.subtype + " " + z.id + " has no connector");
                if (!core && z.connector != null) error(f.id + ": zone " + z.id + " has a connector but is not stairs or lift");
            }
            for (int i = 0; i < f.zones.size(); i++)
                for (int j = i + 1; j < f.zones.size(); j++) {
                    Zone a = f.zones.get(i), b = f.zones.get(j);
                    if (isAncestor(f, a, b) || isAncestor(f, b, a)) continue;
                    double ov = intersectionArea(a, b);
                    if (ov > 1e-6) error(f.id + ": zones " + a.id + " and " + b.id + " overlap by " + round(ov, 3) + " m2");
                }
            for (Opening o : f.openings) {
                Zone a = f.byId.get(o.a), b = f.byId.get(o.b);
                if (a == null || b == null || a == b) {
                    error(f.id + ": opening " + o.id + " names unknown or equal zones");
                    continue;
                }
                if (!onBoundary(a.ring, o.p, o.q) || !onBoundary(b.ring, o.p, o.q))
                    error(f.id + ": opening " + o.id + " does not lie on the shared edge of " + o.a + " and " + o.b);
                if (a.subtype.equals("ward") || b.subtype.equals("ward")) error(f.id + ": opening " + o.id + " opens onto a ward; use its corridor");
            }
            for (Device d : f.anchors) {
                if (d.z() < 2.6 || d.z() > 3.0) error(f.id + ": anchor " + d.id() + " z " + d.z() + " is outside 2.6-3.0 m");
                if (leafAt(f, d.p().x(), d.p().y()) == VOID || leafAt(f, d.p().x(), d.p().y()) == OUTSIDE)
                    error(f.id + ": anchor " + d.id() + " at " + d.p() + " is not inside a zone");
                for (Device e : f.anchors)
                    if (d != e && len(d.p(), e.p()) < 2.0) error(f.id + ": anchors " + d.id() + " and " + e.id() + " are less than 2 m apart");
            }
            Map<String, Integer> perZone = new HashMap<>();
            for (Device r : f.receivers) {
                Zone z = f.byId.get(r.id().substring(4));
                if (z == null || !z.containsOpen(r.p().x(), r.p().y())) error(f.id + ": receiver " + r.id() + " is not inside its room");
                else perZone.merge(z.id, 1, Integer::sum);
            }
            for (Zone z : f.zones)
                if (ROOM_LIKE.contains(z.subtype) && perZone.getOrDefault(z.id, 0) != 1)
                    error(f.id + ": zone " + z.id + " has " + perZone.getOrDefault(z.id, 0) + " receivers, wants exactly 1");
            for (ControlPoint c : f.controlPoints) {
                double[] back = latLonToLocal(c.lat(), c.lon());
                double err = Math.hypot(back[0] - c.p().x(), back[1] - c.p().y());
                if (err > 0.01) error(f.id + ": control point " + c.id() + " round trip is off by " + err + " m");
            }
            coverage(f);
        }
        // Connectors: every stair/lift on every floor, same place.
        Map<String, List<Zone>> conn = new TreeMap<>();
        for (Floor f : floors) for (Zone z : f.zones) if (z.connector != null) conn.computeIfAbsent(z.connector, k -> new ArrayList<>()).add(z);
        for (Map.Entry<String, List<Zone>> e : conn.entrySet()) {
            if (e.getValue().size() != floors.size()) error("connector " + e.getKey() + " serves " + e.getValue().size() + " of " + floors.size() + " floors");
            for (Zone z : e.getValue()) if (!z.ring.equals(e.getValue().get(0).ring)) error("connector " + e.getKey() + ": " + z.id + " is not above/below the others");
        }
        reachability(floors, conn);
        int cps = floors.stream().mapToInt(f -> f.controlPoints.size()).sum();
        if (cps < 2) error("fewer than two control points");
    }

    static boolean isAncestor(Floor f, Zone anc, Zone z) {
        int guard = 0;
        for (String p = z.parent; p != null && guard++ < 20; p = f.byId.containsKey(p) ? f.byId.get(p).parent : null)
            if (p.equals(anc.id)) return true;
        return false;
    }

    static void coverage(Floor f) {
        int min = Integer.MAX_VALUE;
        for (Zone z : f.zones) {
            double[] b = z.bbox();
            List<Double> xs = grid(b[0], b[2]), ys = grid(b[1], b[3]);
            for (double x : xs)
                for (double y : ys) {
                    if (!z.containsClosed(x, y)) continue;
                    int n = 0;
                    for (Device a : f.anchors) if (Math.hypot(a.p().x() - x, a.p().y() - y) <= ANCHOR_RANGE_M) n++;
                    if (n < MIN_ANCHORS) {
                        error(f.id + ": anchor coverage: point (" + x + ", " + y + ") in zone " + z.id + " has " + n
                                + " anchors within " + ANCHOR_RANGE_M + " m, wants " + MIN_ANCHORS);
                        return;
                    }
                    min = Math.min(min, n);
                }
        }
        f.minAnchorsSeen = min;
    }

    static List<Double> grid(double lo, double hi) {
        List<Double> out = new ArrayList<>();
        for (double v = lo; v < hi - EPS; v += 1.0) out.add(r3(v));
        out.add(hi);
        return out;
    }

    static void reachability(List<Floor> floors, Map<String, List<Zone>> conn) {
        Map<String, Set<String>> adj = new HashMap<>();
        Map<String, Floor> floorOf = new HashMap<>();
        for (Floor f : floors) {
            for (Zone z : f.zones) {
                adj.put(z.id, new TreeSet<>());
                floorOf.put(z.id, f);
            }
            for (Opening o : f.openings) {
                if (!adj.containsKey(o.a) || !adj.containsKey(o.b)) continue;
                adj.get(o.a).add(o.b);
                adj.get(o.b).add(o.a);
            }
        }
        for (List<Zone> zs : conn.values())
            for (Zone a : zs) for (Zone b : zs) if (a != b) adj.get(a.id).add(b.id);
        String start = "main-entrance";
        if (!adj.containsKey(start)) {
            error("no zone " + start + " to start the reachability check from");
            return;
        }
        Set<String> seen = new HashSet<>(List.of(start));
        Deque<String> q = new ArrayDeque<>(List.of(start));
        while (!q.isEmpty()) for (String n : adj.get(q.poll())) if (seen.add(n)) q.add(n);
        // A ward is reached when any zone inside it is.
        for (String id : new ArrayList<>(seen)) {
            Floor f = floorOf.get(id);
            int guard = 0;
            for (String p = f.byId.get(id).parent; p != null && f.byId.containsKey(p) && guard++ < 20; p = f.byId.get(p).parent) seen.add(p);
        }
        for (Floor f : floors)
            for (Zone z : f.zones) if (!seen.contains(z.id)) error(f.id + ": zone " + z.id + " cannot be reached from the main entrance through openings");
    }

    // ------------------------------------------------------------------ JSON output

    static String num(double v, int decimals) {
        BigDecimal b = new BigDecimal(Double.toString(v)).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (b.signum() == 0) return "0";
        return b.toPlainString();
    }

    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    /** Ordered JSON object written by hand; values are pre-rendered JSON. */
    static final class Obj {
        final LinkedHashMap<String, String> m = new LinkedHashMap<>();

        Obj put(String k, String rawJson) {
            m.put(k, rawJson);
            return this;
        }

        Obj s(String k, String v) {
            return v == null ? this : put(k, str(v));
        }

        Obj n(String k, double v, int d) {
            return put(k, num(v, d));
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("{");
            m.forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append(str(k)).append(": ").append(v));
            return b.append('}').toString();
        }
    }

    static String pos(Pt p) {
        return "[" + num(p.x(), 3) + ", " + num(p.y(), 3) + "]";
    }

    static String polygon(List<Pt> r) {
        StringBuilder b = new StringBuilder("[[");
        for (int i = 0; i <= r.size(); i++) b.append(i > 0 ? ", " : "").append(pos(r.get(i % r.size())));
        return new Obj().s("type", "Polygon").put("coordinates", b.append("]]").toString()).toString();
    }

    static String line(Pt p, Pt q) {
        return new Obj().s("type", "LineString").put("coordinates", "[" + pos(p) + ", " + pos(q) + "]").toString();
    }

    static String point(Pt p) {
        return new Obj().s("type", "Point").put("coordinates", pos(p)).toString();
    }

    static String feature(String id, Obj props, String geometry) {
        return new Obj().s("type", "Feature").s("id", id).put("properties", props.toString()).put("geometry", geometry).toString();
    }

    static String render(Floor f) {
        List<String> fs = new ArrayList<>();
        fs.add(feature(f.outlineZone.id, new Obj().s("kind", "floor-outline"), polygon(f.outline)));
        for (Zone z : f.zones)
            fs.add(feature(z.id, new Obj().s("kind", "zone").s("subtype", z.subtype).s("name", z.name).s("parent", z.parent).s("connector", z.connector), polygon(z.ring)));
        for (Opening o : f.openings)
            fs.add(feature(o.id, new Obj().s("kind", "opening").put("zones", "[" + str(o.a) + ", " + str(o.b) + "]").put("exit", Boolean.toString(o.exit)).s("name", o.name), line(o.p, o.q)));
        for (Wall w : f.walls) fs.add(feature(w.id(), new Obj().s("kind", "wall").n("attenuation_db", w.att(), 1), line(w.p(), w.q())));
        for (Device a : f.anchors) fs.add(feature(a.id(), new Obj().s("kind", "anchor").n("z", a.z(), 3), point(a.p())));
        for (Device r : f.receivers)
            fs.add(feature(r.id(), new Obj().s("kind", "receiver").n("z", r.z(), 3).n("rssi_at_1m_dbm", RSSI_AT_1M, 1).n("path_loss_exponent", PATH_LOSS_EXPONENT, 2), point(r.p())));
        for (ControlPoint c : f.controlPoints)
            fs.add(feature(c.id(), new Obj().s("kind", "control-point").n("lat", c.lat(), 9).n("lon", c.lon(), 9), point(c.p())));
        Obj floor = new Obj().s("id", f.id).put("level", Integer.toString(f.level)).n("elevation", f.elevation, 3).s("name", f.name);
        StringBuilder b = new StringBuilder();
        b.append("{\n  \"type\": \"FeatureCollection\",\n  \"floor\": ").append(floor).append(",\n  \"features\": [\n");
        for (int i = 0; i < fs.size(); i++) b.append("    ").append(fs.get(i)).append(i + 1 < fs.size() ? ",\n" : "\n");
        return b.append("  ]\n}\n").toString();
    }

    // ------------------------------------------------------------------ summary and sketch

    static void summary(Floor f) {
        Map<String, Integer> bySubtype = new TreeMap<>();
        for (Zone z : f.zones) bySubtype.merge(z.subtype, 1, Integer::sum);
        long exits = f.openings.stream().filter(o -> o.exit).count();
        long junctions = f.openings.stream().filter(o -> o.junction).count();
        Map<String, Integer> wallsByAtt = new TreeMap<>();
        for (Wall w : f.walls) wallsByAtt.merge(num(w.att(), 1) + " dB", 1, Integer::sum);
        System.out.printf("%s (level %d, %s m): %s%n", f.id, f.level, num(f.elevation, 3), f.name);
        System.out.printf("  zones %d %s%n", f.zones.size(), bySubtype);
        System.out.printf("  openings %d (%d exit, %d corridor junctions), walls %d %s%n", f.openings.size(), exits, junctions, f.walls.size(), wallsByAtt);
        System.out.printf("  anchors %d, receivers %d, control points %d, min anchors within %s m of any zone point: %d%n",
                f.anchors.size(), f.receivers.size(), f.controlPoints.size(), num(ANCHOR_RANGE_M, 1), f.minAnchorsSeen);
    }

    static final Map<String, Character> SKETCH = Map.ofEntries(Map.entry("room", 'r'), Map.entry("bay", 'b'), Map.entry("corridor", '.'),
            Map.entry("storage", 'q'), Map.entry("clean-utility", 'c'), Map.entry("dirty-utility", 'd'), Map.entry("nurse-station", 'n'),
            Map.entry("exit", 'E'), Map.entry("stairs", '#'), Map.entry("lift", '@'), Map.entry("restricted", 'x'), Map.entry("outdoor", '~'),
            Map.entry("void", ' '));

    /** To scale, north up: 1 character = 1 m east-west x 2.5 m north-south; neighbouring zones alternate case. */
    static void sketch(Floor f) {
        int cols = (int) W, rows = (int) (H / 2.5);
        System.out.println(f.id + ": " + f.name);
        System.out.println("+" + "-".repeat(cols) + "+");
        for (int r = 0; r < rows; r++) {
            StringBuilder b = new StringBuilder("|");
            for (int c = 0; c < cols; c++) {
                Zone z = leafAt(f, c + 0.5 + 0.01, H - (r + 0.5) * 2.5 + 0.01);
                char ch = SKETCH.getOrDefault(z.subtype, '?');
                if (Character.isLetter(ch) && ch != 'E' && z.index % 2 == 1) ch = Character.toUpperCase(ch);
                b.append(ch);
            }
            System.out.println(b.append("|"));
        }
        System.out.println("+" + "-".repeat(cols) + "+");
    }

    // ------------------------------------------------------------------ main

    public static void main(String[] args) throws IOException {
        List<String> a = new ArrayList<>(Arrays.asList(args));
        boolean sketch = a.remove("--sketch");
        if (a.size() != 1) {
            System.err.println("usage: java DemoHospital.java <output-directory> [--sketch]");
            System.exit(2);
        }
        Path out = Path.of(a.get(0));
        List<Floor> floors = List.of(ground(), first(), second());
        for (Floor f : floors) {
            walls(f);
            anchors(f);
            receivers(f);
        }
        controlPoints(floors.get(0));
        check(floors);
        if (!errors.isEmpty()) {
            System.err.println("DemoHospital: " + errors.size() + " problem(s), nothing written:");
            errors.forEach(e -> System.err.println("  " + e));
            System.exit(1);
        }
        Files.createDirectories(out);
        for (Floor f : floors) Files.writeString(out.resolve(f.id + ".geojson"), render(f), StandardCharsets.UTF_8);
        for (Floor f : floors) summary(f);
        System.out.println("wrote " + floors.size() + " floors to " + out);
        if (sketch) {
            System.out.println("legend: r room, b bay, x restricted, q storage, c clean utility, d dirty utility, n nurse station,");
            System.out.println("        . corridor, E exit, # stairs, @ lift, ~ outdoor, blank light well or shaft");
            for (Floor f : floors) sketch(f);
        }
    }
}
