package io.sextant.api;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.sextant.app.LiveLocations;
import io.sextant.app.SitePlans;
import io.sextant.model.Fix;
import io.sextant.model.Technology;
import io.sextant.security.Roles;

/** Where every tag is now: its latest fix. */
@Path("/api/v1/sites/{siteId}/positions")
@Tag(name = "Positions")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({ Roles.STAFF, Roles.CLINICIAN, Roles.SECURITY, Roles.FACILITIES, Roles.ADMIN, Roles.INTEGRATION })
public class PositionResource {

    private final LiveLocations locations;
    private final SitePlans plans;

    PositionResource(LiveLocations locations, SitePlans plans) {
        this.locations = locations;
        this.plans = plans;
    }

    /**
     * A fix as the API shows it.
     *
     * @param z height above the floor, metres; null for a 2D fix
     * @param accuracyMetres radius around (x, y) holding the true position with 95 % probability
     * @param residual RMS residual of the solution (metres for UWB, dB for BLE); null when not applicable
     * @param zoneIds the zones containing the fix, innermost first
     */
    public record Position(String tagId, Instant time, String siteId, String buildingId, String floorId, double x, double y,
            Double z, double accuracyMetres, Technology technology, List<String> sources, Double residual, List<String> zoneIds) {

        static Position of(Fix f) {
            return new Position(f.tagId(), f.time(), f.siteId(), f.buildingId(), f.floorId(), f.x(), f.y(), finite(f.z()),
                    f.accuracyMetres(), f.technology(), f.sources(), finite(f.residual()), f.zoneIds());
        }

        private static Double finite(double value) {
            return Double.isFinite(value) ? value : null;
        }
    }

    @GET
    @Operation(summary = "Latest position of every tag", description = "One fix per tag: the latest, with its accuracy "
            + "(95 % radius, metres), technology and zones. Optionally of one floor.")
    public List<Position> positions(@PathParam("siteId") String siteId, @QueryParam("floor") String floorId) {
        SiteResource.site(plans, siteId);
        return locations.latest(siteId).stream().filter(f -> floorId == null || f.floorId().equals(floorId))
                .map(Position::of).toList();
    }

    @GET
    @Path("/{tagId}")
    @Operation(summary = "Latest position of one tag")
    public Position position(@PathParam("siteId") String siteId, @PathParam("tagId") String tagId) {
        return locations.latest(siteId, tagId).map(Position::of)
                .orElseThrow(() -> new NoSuchElementException("No position of tag '" + tagId + "' in site '" + siteId + "'"));
    }
}
