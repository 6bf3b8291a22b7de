package io.sextant.api;

import java.util.List;
import java.util.NoSuchElementException;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.sextant.app.SitePlans;
import io.sextant.app.SitePlans.ActiveSite;
import io.sextant.geometry.FloorPoint;
import io.sextant.geometry.Route;

/** Walking routes through the building: doors, corridors, stairs and lifts. */
@Path("/api/v1/sites/{siteId}/route")
@Tag(name = "Zones and devices")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class RouteResource {

    private final SitePlans plans;

    RouteResource(SitePlans plans) {
        this.plans = plans;
    }

    public record RouteView(double distanceMetres, List<String> floors, List<FloorPoint> path) {
    }

    @GET
    @Operation(summary = "Walking route between two points", description = "Walking distance in metres and the "
            + "polyline, through doors and, between floors, stairs or lifts. Points are floorId,x,y in the building's "
            + "local metres.")
    public RouteView route(@PathParam("siteId") String siteId,
            @Parameter(description = "start, e.g. main-1,12.5,30") @QueryParam("from") String from,
            @Parameter(description = "destination, e.g. main-0,40,8") @QueryParam("to") String to) {
        ActiveSite site = SiteResource.site(plans, siteId);
        FloorPoint start = point(site, "from", from);
        FloorPoint end = point(site, "to", to);
        Route route = site.navigation().route(start, end).orElseThrow(() -> new NoSuchElementException(
                "No walkable route from " + from + " to " + to + " (is each point inside a zone?)"));
        List<String> floors = route.points().stream().map(FloorPoint::floorId).distinct().toList();
        return new RouteView(route.distanceMetres(), floors, route.points());
    }

    private static FloorPoint point(ActiveSite site, String name, String value) {
        if (value == null) {
            throw new BadRequestException("Query parameter '" + name + "' is required: floorId,x,y");
        }
        String[] parts = value.split(",");
        if (parts.length != 3) {
            throw new BadRequestException("'" + name + "' must be floorId,x,y (got '" + value + "')");
        }
        SiteResource.floor(site, parts[0]);
        try {
            return new FloorPoint(parts[0], Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
        } catch (NumberFormatException e) {
            throw new BadRequestException("'" + name + "' must be floorId,x,y with x and y in metres (got '" + value + "')");
        }
    }
}
