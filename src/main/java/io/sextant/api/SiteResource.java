package io.sextant.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.sextant.app.SitePlans;
import io.sextant.app.SitePlans.ActiveSite;
import io.sextant.geometry.FloorPlan;
import io.sextant.security.Roles;

/** Sites, their buildings and floors. */
@Path("/api/v1/sites")
@Tag(name = "Sites and floor plans")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class SiteResource {

    private final SitePlans plans;

    SiteResource(SitePlans plans) {
        this.plans = plans;
    }

    public record NameRequest(String name) {
    }

    public record SiteView(String id, String name, List<BuildingView> buildings, GeoreferenceView georeference) {
    }

    public record BuildingView(String id, String name, List<FloorView> floors) {
    }

    public record FloorView(String id, String name, int level, double elevationMetres, int revision, Instant importedAt,
            int zones, int anchors, int receivers) {
    }

    public record GeoreferenceView(int controlPoints, double rmsResidualMetres, double rotationDegrees) {
    }

    @GET
    @Operation(summary = "List sites", description = "Every site with its buildings and floors.")
    public List<SiteView> list() {
        return plans.sites().stream().sorted(Comparator.comparing(ActiveSite::id)).map(SiteResource::view).toList();
    }

    @GET
    @Path("/{siteId}")
    @Operation(summary = "One site")
    public SiteView get(@PathParam("siteId") String siteId) {
        return view(site(plans, siteId));
    }

    @PUT
    @Path("/{siteId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create or rename a site")
    public SiteView put(@PathParam("siteId") String siteId, NameRequest request) {
        plans.putSite(checkedId(siteId), name(request));
        return view(site(plans, siteId));
    }

    @PUT
    @Path("/{siteId}/buildings/{buildingId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create or rename a building of a site")
    public SiteView putBuilding(@PathParam("siteId") String siteId, @PathParam("buildingId") String buildingId,
            NameRequest request) {
        plans.putBuilding(siteId, checkedId(buildingId), name(request));
        return view(site(plans, siteId));
    }

    static ActiveSite site(SitePlans plans, String siteId) {
        return plans.site(siteId).orElseThrow(() -> new NoSuchElementException("No site '" + siteId + "'"));
    }

    static FloorPlan floor(ActiveSite site, String floorId) {
        return site.floor(floorId).orElseThrow(() -> new NoSuchElementException(
                "No floor '" + floorId + "' in site '" + site.id() + "'"));
    }

    private static String checkedId(String id) {
        if (!id.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new BadRequestException("Id '" + id + "' must be 1-64 of A-Z a-z 0-9 . _ -");
        }
        return id;
    }

    private static String name(NameRequest request) {
        if (request == null || request.name() == null || request.name().isBlank()) {
            throw new BadRequestException("Body must be {\"name\": \"...\"}");
        }
        return request.name().strip();
    }

    private static SiteView view(ActiveSite site) {
        List<BuildingView> buildings = site.buildingNames().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(b -> new BuildingView(b.getKey(), b.getValue(), site.floors().entrySet().stream()
                        .filter(f -> f.getValue().buildingId().equals(b.getKey()))
                        .map(f -> floorView(site, f.getKey()))
                        .sorted(Comparator.comparingInt(FloorView::level)).toList()))
                .toList();
        GeoreferenceView georeference = site.model().georeference()
                .map(g -> new GeoreferenceView(g.groundControlPoints().size(), g.rmsResidualMetres(), g.rotationDegrees()))
                .orElse(null);
        return new SiteView(site.id(), site.name(), buildings, georeference);
    }

    private static FloorView floorView(ActiveSite site, String floorId) {
        FloorPlan plan = floor(site, floorId);
        SitePlans.FloorInfo info = site.floors().get(floorId);
        return new FloorView(floorId, info.name(), plan.level(), plan.elevationMetres(), info.revision(), info.importedAt(),
                plan.zones().size(), plan.anchors().size(), plan.receivers().size());
    }
}
