package io.sextant.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

import io.sextant.app.SitePlans;
import io.sextant.app.SitePlans.ActiveSite;
import io.sextant.geometry.Anchor;
import io.sextant.geometry.Beacon;
import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.MountedDevice;
import io.sextant.geometry.Receiver;
import io.sextant.geometry.Zone;

/** Zones and fixed devices (UWB anchors, BLE receivers and beacons) of the active floor plans. */
@Path("/api/v1/sites/{siteId}")
@Tag(name = "Zones and devices")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ZoneResource {

    private final SitePlans plans;

    ZoneResource(SitePlans plans) {
        this.plans = plans;
    }

    /** Latitude and longitude in WGS84 degrees. */
    public record LatLon(double lat, double lon) {
    }

    public record ZoneView(String id, String name, String subtype, String floor, String parent, String connector,
            double areaSquareMetres, double[] centroid, LatLon centroidWgs84, List<double[]> outline) {
    }

    public record DeviceView(String id, String kind, String floor, double x, double y, double z, Double rangeBiasMetres,
            Double rssiAt1mDbm, Double pathLossExponent, Double txPowerAt1mDbm, LatLon wgs84) {
    }

    @GET
    @Path("/zones")
    @Operation(summary = "List zones", description = "Optionally of one floor and/or one subtype (room, bay, ward, "
            + "corridor, storage, clean-utility, dirty-utility, nurse-station, exit, stairs, lift, restricted, outdoor).")
    public List<ZoneView> zones(@PathParam("siteId") String siteId, @QueryParam("floor") String floorId,
            @QueryParam("subtype") String subtype) {
        ActiveSite site = SiteResource.site(plans, siteId);
        List<ZoneView> zones = new ArrayList<>();
        for (FloorPlan floor : floors(site, floorId)) {
            for (Zone zone : floor.zones()) {
                if (subtype == null || subtypeName(zone).equals(subtype)) {
                    zones.add(view(site, floor, zone));
                }
            }
        }
        return zones;
    }

    @GET
    @Path("/zones/{zoneId}")
    @Operation(summary = "One zone")
    public ZoneView zone(@PathParam("siteId") String siteId, @PathParam("zoneId") String zoneId) {
        ActiveSite site = SiteResource.site(plans, siteId);
        for (FloorPlan floor : site.model().floors()) {
            Optional<Zone> zone = floor.zone(zoneId);
            if (zone.isPresent()) {
                return view(site, floor, zone.get());
            }
        }
        throw new NoSuchElementException("No zone '" + zoneId + "' in site '" + siteId + "'");
    }

    @GET
    @Path("/devices")
    @Operation(summary = "List fixed devices", description = "UWB anchors, BLE receivers and fixed beacons; "
            + "optionally of one floor and/or one kind (anchor, receiver, beacon).")
    public List<DeviceView> devices(@PathParam("siteId") String siteId, @QueryParam("floor") String floorId,
            @QueryParam("kind") String kind) {
        ActiveSite site = SiteResource.site(plans, siteId);
        List<DeviceView> devices = new ArrayList<>();
        for (FloorPlan floor : floors(site, floorId)) {
            for (MountedDevice device : floor.devices()) {
                DeviceView view = view(site, floor, device);
                if (kind == null || view.kind().equals(kind)) {
                    devices.add(view);
                }
            }
        }
        return devices;
    }

    @GET
    @Path("/devices/{deviceId}")
    @Operation(summary = "One fixed device")
    public DeviceView device(@PathParam("siteId") String siteId, @PathParam("deviceId") String deviceId) {
        ActiveSite site = SiteResource.site(plans, siteId);
        for (FloorPlan floor : site.model().floors()) {
            for (MountedDevice device : floor.devices()) {
                if (device.id().equals(deviceId)) {
                    return view(site, floor, device);
                }
            }
        }
        throw new NoSuchElementException("No device '" + deviceId + "' in site '" + siteId + "'");
    }

    private static List<FloorPlan> floors(ActiveSite site, String floorId) {
        return floorId == null ? site.model().floors() : List.of(SiteResource.floor(site, floorId));
    }

    private static String subtypeName(Zone zone) {
        return zone.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static ZoneView view(ActiveSite site, FloorPlan floor, Zone zone) {
        Point centroid = zone.polygon().getCentroid();
        List<double[]> outline = new ArrayList<>();
        for (Coordinate c : zone.polygon().getExteriorRing().getCoordinates()) {
            outline.add(new double[] { c.x, c.y });
        }
        return new ZoneView(zone.id(), zone.name(), subtypeName(zone), floor.id(), zone.parentId().orElse(null),
                zone.connectorId().orElse(null), zone.polygon().getArea(), new double[] { centroid.getX(), centroid.getY() },
                wgs84(site, centroid.getX(), centroid.getY()), outline);
    }

    private static DeviceView view(ActiveSite site, FloorPlan floor, MountedDevice device) {
        LatLon wgs84 = wgs84(site, device.x(), device.y());
        if (device instanceof Anchor a) {
            return new DeviceView(a.id(), "anchor", floor.id(), a.x(), a.y(), a.z(), a.rangeBiasMetres(), null, null, null, wgs84);
        }
        if (device instanceof Receiver r) {
            return new DeviceView(r.id(), "receiver", floor.id(), r.x(), r.y(), r.z(), null, r.rssiAt1mDbm(),
                    r.pathLossExponent(), null, wgs84);
        }
        Beacon b = (Beacon) device;
        return new DeviceView(b.id(), "beacon", floor.id(), b.x(), b.y(), b.z(), null, null, null, b.txPowerAt1mDbm(), wgs84);
    }

    private static LatLon wgs84(ActiveSite site, double x, double y) {
        return site.model().georeference().map(g -> g.toWgs84(x, y)).map(p -> new LatLon(p.latitudeDegrees(), p.longitudeDegrees()))
                .orElse(null);
    }
}
