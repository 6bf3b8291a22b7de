package io.sextant.engine;

import java.util.Arrays;

/**
 * Room-level BLE: which room a tag is in, for deployments with about one device per room.
 * <p>
 * Each update scores the lattice points of a {@link RoomModel} within its search radius of the strongest-sounding
 * device: log-likelihood {@code -sum((measured - expected)² / (2 sigma²))} over the devices heard, with expected
 * RSSIs that include walls, plus the log-probability of the silence of devices that should have been heard
 * ({@link RoomSilence}). With a prior uniform over the floor's area (the corridor's weighted by
 * {@link Settings#corridorPriorWeight()}), a place's probability is its share of the likelihood mass on the points,
 * so a big corridor is not favoured over a small room merely for holding more points.
 * <p>
 * Hysteresis: the tag stays in its place until another place is more probable by {@link Settings#marginProbability()}
 * continuously for {@link Settings#dwellMillis()}. The first placement is immediate. Updates with no usable
 * observation leave the state as it is.
 * <p>
 * A pure processor: the result depends only on the previous {@link RoomState}, the observations and the time. Not
 * thread-safe, as it reuses its scratch arrays; create one per worker, sharing the model.
 */
public final class RoomLocator {

    /**
     * @param marginProbability how much more probable a place must be to take over (default 0.4)
     * @param dwellMillis how long it must stay ahead by the margin (default 8 s: nearly three smoothing time
     *        constants, so the leftover fading of a tag standing near a wall does not flip it; a real move is
     *        reported 10-15 s after it)
     * @param corridorPriorWeight prior of the corridor place per square metre relative to a room's (default 0.5:
     *        tags spend less time per square metre in corridors than in rooms; 1 is the plain area prior, which
     *        maximises overall accuracy but places more tags near a room's corridor wall in the corridor)
     * @param decisiveProbability a challenger at least this probable, against a current place at most 1 minus it,
     *        takes over at once, without the dwell: the dwell is for doubtful evidence, not for a tag that has
     *        clearly walked into another room (default 1: off, always wait out the dwell)
     */
    public record Settings(double marginProbability, long dwellMillis, double corridorPriorWeight,
            double decisiveProbability) {

        public static final Settings DEFAULTS = new Settings(0.4, 8000, 0.5, 1);

        public Settings(double marginProbability, long dwellMillis) {
            this(marginProbability, dwellMillis, DEFAULTS.corridorPriorWeight());
        }

        public Settings(double marginProbability, long dwellMillis, double corridorPriorWeight) {
            this(marginProbability, dwellMillis, corridorPriorWeight, DEFAULTS.decisiveProbability());
        }

        public Settings {
            if (!(marginProbability >= 0 && marginProbability < 1) || dwellMillis < 0
                    || !(corridorPriorWeight > 0 && corridorPriorWeight <= 1)
                    || !(decisiveProbability > 0.5 && decisiveProbability <= 1)) {
                throw new IllegalArgumentException("room margin " + marginProbability + ", dwell " + dwellMillis
                        + " ms, corridor prior weight " + corridorPriorWeight + ", decisive " + decisiveProbability
                        + "; expected margin in [0, 1), dwell >= 0, weight in (0, 1], decisive in (0.5, 1]");
            }
        }
    }

    /** sqrt of the chi-square 95 % quantile with 2 degrees of freedom. */
    private static final double CIRCLE_95 = 2.4477;
    private static final double NEGLIGIBLE_LOG = -40;

    private final RoomModel model;
    private final Settings settings;
    private final int corridor;
    private final double[] probability;
    /** Per candidate point: its log-likelihood, then its likelihood mass relative to the best point. */
    private double[] pointScore = new double[64];
    private int[] heardDevice = new int[16];
    private double[] heardDbm = new double[16], halfPrecision = new double[16];
    private int bestCorridorPoint;
    private double corridorAccuracyMetres;

    public RoomLocator(RoomModel model) {
        this(model, Settings.DEFAULTS);
    }

    public RoomLocator(RoomModel model, Settings settings) {
        this.model = model;
        this.settings = settings;
        corridor = model.places().size() - 1;
        probability = new double[model.places().size()];
    }

    /**
     * The tag's place after a fresh set of smoothed RSSIs. Never throws on bad observations.
     *
     * @param previous the state so far, {@link RoomState#UNKNOWN} (or null) at first
     * @param timeMillis the observations' time, epoch milliseconds
     */
    public RoomState update(RoomState previous, BleObservations observations, long timeMillis) {
        RoomState before = previous == null ? RoomState.UNKNOWN : previous;
        int heard = collect(observations);
        int best = heard == 0 ? -1 : score(heard);
        return best < 0 ? before : decide(before, best, timeMillis);
    }

    /** The probability of the place at the latest update: for tests and diagnostics. */
    public double probability(String placeId) {
        int place = model.placeIndex(placeId);
        return place < 0 ? 0 : probability[place];
    }

    private int collect(BleObservations observations) {
        if (observations.count() > heardDevice.length) {
            heardDevice = new int[observations.count()];
            heardDbm = new double[observations.count()];
            halfPrecision = new double[observations.count()];
        }
        BlePathLoss pathLoss = model.pathLoss();
        int heard = 0;
        for (int i = 0; i < observations.count(); i++) {
            int d = observations.deviceIndex(i);
            double rssiDbm = observations.rssiDbm(i);
            if (d >= 0 && d < pathLoss.deviceCount() && BlePathLoss.isPlausibleRssi(rssiDbm)) {
                double sigmaDb = pathLoss.shadowingSigmaDb(d);
                heardDevice[heard] = d;
                heardDbm[heard] = rssiDbm;
                halfPrecision[heard++] = 0.5 / (sigmaDb * sigmaDb);
            }
        }
        return heard;
    }

    /** Fills the place probabilities; returns the most probable place, or -1 if no point is near. */
    private int score(int heard) {
        int[] points = model.pointsNear(strongest(heard));
        if (points.length == 0) {
            return -1;
        }
        if (points.length > pointScore.length) {
            pointScore = new double[points.length];
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < points.length; i++) {
            pointScore[i] = logLikelihood(points[i], heard);
            max = Math.max(max, pointScore[i]);
        }
        Arrays.fill(probability, 0);
        double total = 0, bestCorridor = 0;
        bestCorridorPoint = -1;
        for (int i = 0; i < points.length; i++) {
            // below e^-40 of the best point a point adds nothing a double can hold next to it
            double mass = pointScore[i] - max > NEGLIGIBLE_LOG ? Math.exp(pointScore[i] - max) : 0;
            int place = model.pointPlace(points[i]);
            mass *= place == corridor ? settings.corridorPriorWeight() : 1;
            pointScore[i] = mass;
            probability[place] += mass;
            total += mass;
            if (place == corridor && mass > bestCorridor) {
                bestCorridor = mass;
                bestCorridorPoint = points[i];
            }
        }
        int best = 0;
        for (int place = 0; place < probability.length; place++) {
            probability[place] /= total;
            best = probability[place] > probability[best] ? place : best;
        }
        corridorAccuracyMetres = bestCorridorPoint < 0 ? 0 : corridorSpread(points);
        return best;
    }

    /** Log-likelihood of the point: the misfit of what was heard plus the silence of what was not. */
    private double logLikelihood(int point, int heard) {
        RoomSilence silence = model.silence();
        double sum = silence.allSilent(point);
        for (int k = 0; k < heard; k++) {
            double misfitDb = heardDbm[k] - model.expectedRssiDbm(point, heardDevice[k]);
            sum -= halfPrecision[k] * misfitDb * misfitDb + silence.logProbability(point, heardDevice[k]);
        }
        return sum;
    }

    /** The device with the shortest free-space range: the likeliest to be near. */
    private int strongest(int heard) {
        int best = 0;
        double bestRange = Double.POSITIVE_INFINITY;
        for (int k = 0; k < heard; k++) {
            double range = model.pathLoss().log10RangeMetres(heardDevice[k], heardDbm[k]);
            if (range < bestRange) {
                bestRange = range;
                best = k;
            }
        }
        return heardDevice[best];
    }

    /** 95 % radius of the corridor's likelihood mass around its most probable point. */
    private double corridorSpread(int[] points) {
        double mass = 0, squares = 0;
        double cx = model.pointX(bestCorridorPoint), cy = model.pointY(bestCorridorPoint);
        for (int i = 0; i < points.length; i++) {
            if (model.pointPlace(points[i]) == corridor) {
                double dx = model.pointX(points[i]) - cx, dy = model.pointY(points[i]) - cy;
                mass += pointScore[i];
                squares += pointScore[i] * (dx * dx + dy * dy);
            }
        }
        return Math.max(model.latticeMetres(), CIRCLE_95 * Math.sqrt(squares / mass / 2));
    }

    private RoomState decide(RoomState previous, int best, long timeMillis) {
        int current = previous.isLocated() ? model.placeIndex(previous.placeId()) : -1;
        if (current < 0 || current == best) {
            return placed(best, previous, "", 0);
        }
        if (probability[best] < probability[current] + settings.marginProbability()) {
            return placed(current, previous, "", 0);
        }
        if (settings.decisiveProbability() < 1 && probability[best] >= settings.decisiveProbability()
                && probability[current] <= 1 - settings.decisiveProbability()) {
            return placed(best, previous, "", 0);
        }
        String challenger = model.places().get(best).id();
        long since = challenger.equals(previous.challengerId()) ? previous.challengerSinceMillis() : timeMillis;
        return timeMillis - since >= settings.dwellMillis()
                ? placed(best, previous, "", 0)
                : placed(current, previous, challenger, since);
    }

    private RoomState placed(int place, RoomState previous, String challengerId, long challengerSinceMillis) {
        RoomModel.Place where = model.places().get(place);
        if (where.room()) {
            return new RoomState(where.id(), where.id(), probability[place], where.x(), where.y(),
                    where.accuracyMetres(), challengerId, challengerSinceMillis);
        }
        if (bestCorridorPoint < 0) {
            // no corridor point near the evidence: keep the corridor fix we had
            return new RoomState(where.id(), previous.zoneId(), probability[place], previous.x(), previous.y(),
                    previous.accuracyMetres(), challengerId, challengerSinceMillis);
        }
        return new RoomState(where.id(), model.pointZoneId(bestCorridorPoint), probability[place],
                model.pointX(bestCorridorPoint), model.pointY(bestCorridorPoint), corridorAccuracyMetres,
                challengerId, challengerSinceMillis);
    }
}
