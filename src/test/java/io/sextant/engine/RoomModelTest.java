package io.sextant.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.Receiver;

class RoomModelTest {

    private static final BleScenario FLOORS = BleScenario.read("ble-floors.site");
    private static final FloorPlan WARD = FLOORS.floor("W");

    private static RoomModel model(FloorPlan floor) {
        return new RoomModel(floor, new BlePathLoss(new BleAttenuationGrid(floor)));
    }

    @Test
    void everyRoomWithAReceiverIsAPlaceAndTheCorridorComesLast() {
        RoomModel model = model(WARD);
        List<String> ids = model.places().stream().map(RoomModel.Place::id).toList();
        assertEquals(List.of("N1", "N2", "N3", "N4", "N5", "N6", "S1", "S2", "S3", "S4", "S5", "S6",
                RoomModel.CORRIDOR_ID), ids);
        assertTrue(model.places().subList(0, 12).stream().allMatch(RoomModel.Place::room));
        assertFalse(model.places().get(12).room());
        assertEquals(7, model.placeIndex("S2"));
        assertEquals(-1, model.placeIndex("C"));
        assertEquals(-1, model.placeIndex(null));
    }

    @Test
    void aReceiverInTheCorridorMakesNoRoom() {
        List<Receiver> receivers = new ArrayList<>(WARD.receivers());
        receivers.add(new Receiver("RC", 18, 7.5, 2.8, -59, 2.2));
        FloorPlan withCorridorReceiver = new FloorPlan("W", 0, 0, WARD.outline(), WARD.zones(), WARD.walls(),
                WARD.openings(), List.of(), receivers, List.of());
        assertEquals(13, model(withCorridorReceiver).places().size());
    }

    @Test
    void aRoomWithoutAReceiverBelongsToTheCorridorPlace() {
        List<Receiver> receivers = WARD.receivers().stream().filter(r -> !r.id().equals("RS3")).toList();
        FloorPlan withoutS3 = new FloorPlan("W", 0, 0, WARD.outline(), WARD.zones(), WARD.walls(), WARD.openings(),
                List.of(), receivers, List.of());
        RoomModel model = model(withoutS3);
        assertEquals(-1, model.placeIndex("S3"));
        int corridor = model.places().size() - 1;
        for (int p = 0; p < model.pointCount(); p++) {
            if (model.pointZoneId(p).equals("S3")) {
                assertEquals(corridor, model.pointPlace(p));
            }
        }
    }

    @Test
    void pointsCoverTheZonesOnTheLattice() {
        RoomModel model = model(WARD);
        // 36 x 15 m at 1.5 m: 24 x 10 points, every one in a zone
        assertEquals(240, model.pointCount());
        int inS2 = 0;
        for (int p = 0; p < model.pointCount(); p++) {
            inS2 += model.pointZoneId(p).equals("S2") ? 1 : 0;
        }
        assertEquals(16, inS2);
    }

    @Test
    void expectedRssisComeFromThePathLossModel() {
        RoomModel model = model(WARD);
        BlePathLoss pathLoss = model.pathLoss();
        for (int p = 0; p < model.pointCount(); p += 17) {
            for (int d = 0; d < pathLoss.deviceCount(); d++) {
                assertEquals(pathLoss.expectedRssiDbm(d, model.pointX(p), model.pointY(p),
                        BlePathLoss.DEFAULT_TAG_HEIGHT_METRES), model.expectedRssiDbm(p, d), 1e-4);
            }
        }
    }

    @Test
    void silenceIsUnlikelyNearADeviceAndLikelyFarFromIt() {
        RoomModel model = model(WARD);
        int rs2 = model.pathLoss().deviceIndex("RS2"), rn6 = model.pathLoss().deviceIndex("RN6");
        int nearRs2 = nearestPoint(model, 9, 3);
        // near: only the 5 % outage is left; far, behind many walls: silence is all but certain
        assertEquals(Math.log(0.05), model.silence().logProbability(nearRs2, rs2), 1e-3);
        assertEquals(0, model.silence().logProbability(nearRs2, rn6), 1e-3);
        assertEquals(0.5, RoomSilence.normalCdf(0), 1e-7);
        assertEquals(0.975, RoomSilence.normalCdf(1.959964), 1e-6);
        assertEquals(0.025, RoomSilence.normalCdf(-1.959964), 1e-6);
    }

    @Test
    void settingsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new RoomModel.Settings(0, 12, -95, 0.05));
        assertThrows(IllegalArgumentException.class, () -> new RoomModel.Settings(1.5, 12, Double.NaN, 0.05));
        assertThrows(IllegalArgumentException.class, () -> new RoomModel.Settings(1.5, 12, -95, 0));
        assertThrows(IllegalArgumentException.class, () -> new RoomLocator.Settings(1, 1000));
        assertThrows(IllegalArgumentException.class, () -> new RoomLocator.Settings(0.4, 1000, 0));
    }

    private static int nearestPoint(RoomModel model, double x, double y) {
        int best = 0;
        for (int p = 1; p < model.pointCount(); p++) {
            if (Math.hypot(model.pointX(p) - x, model.pointY(p) - y) < Math.hypot(model.pointX(best) - x,
                    model.pointY(best) - y)) {
                best = p;
            }
        }
        return best;
    }
}
