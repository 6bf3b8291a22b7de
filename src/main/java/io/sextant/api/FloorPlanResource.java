package io.sextant.api;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.sextant.app.SitePlans;
import io.sextant.security.Roles;
import io.sextant.store.FloorPlanRepository;

/** Import and read floor plans (docs/floorplans.md), one revision per valid import. */
@Path("/api/v1/sites/{siteId}")
@Tag(name = "Sites and floor plans")
@SecurityRequirement(name = "bearer")
public class FloorPlanResource {

    static final String GEO_JSON = "application/geo+json";

    private final SitePlans plans;
    private final FloorPlanRepository repository;
    private final JsonWebToken caller;

    FloorPlanResource(SitePlans plans, FloorPlanRepository repository, JsonWebToken caller) {
        this.plans = plans;
        this.repository = repository;
        this.caller = caller;
    }

    @PUT
    @Path("/buildings/{buildingId}/floors/{floorId}/plan")
    @Consumes({ GEO_JSON, MediaType.APPLICATION_JSON })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import a floor plan", description = "Validates the plan together with the building's other "
            + "floors. Valid: it becomes the floor's next revision and the active one. Invalid: 422 listing every "
            + "problem by floor and feature id, and nothing changes.")
    @APIResponse(responseCode = "200", description = "Imported; the new revision number")
    @APIResponse(responseCode = "422", description = "Problems found; the active plan is unchanged")
    public SitePlans.Imported putFloor(@PathParam("siteId") String siteId, @PathParam("buildingId") String buildingId,
            @PathParam("floorId") String floorId, JsonNode document) {
        if (document == null || !floorId.equals(document.path("floor").path("id").asText())) {
            throw new BadRequestException("The document's floor.id must be '" + floorId + "', the floor in the path");
        }
        return plans.importFloors(siteId, buildingId, List.of(document), caller.getName());
    }

    @PUT
    @Path("/buildings/{buildingId}/plans")
    @Consumes({ GEO_JSON, MediaType.APPLICATION_JSON })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import several floors at once", description = "A JSON array of floor documents, imported "
            + "all or nothing: use it for a new building, whose floors only validate together.")
    public SitePlans.Imported putFloors(@PathParam("siteId") String siteId, @PathParam("buildingId") String buildingId,
            List<JsonNode> documents) {
        if (documents == null || documents.isEmpty()) {
            throw new BadRequestException("Body must be a non-empty array of floor plan documents");
        }
        return plans.importFloors(siteId, buildingId, documents, caller.getName());
    }

    @GET
    @Path("/floors/{floorId}/plan")
    @Produces(GEO_JSON)
    @Operation(summary = "A floor plan as GeoJSON", description = "The active revision, or the one asked for.")
    public String getFloor(@PathParam("siteId") String siteId, @PathParam("floorId") String floorId,
            @QueryParam("revision") Integer revision) {
        SitePlans.ActiveSite site = SiteResource.site(plans, siteId);
        SitePlans.FloorInfo info = site.floors().get(floorId);
        if (info == null) {
            throw new NoSuchElementException("No floor '" + floorId + "' in site '" + siteId + "'");
        }
        int wanted = revision == null ? info.revision() : revision;
        return repository.document(siteId, floorId, wanted)
                .orElseThrow(() -> new NoSuchElementException("Floor '" + floorId + "' has no revision " + wanted));
    }

    @GET
    @Path("/floors/{floorId}/plan/revisions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revisions of a floor plan", description = "Oldest first; each was active from its import "
            + "until the next.")
    public List<FloorPlanRepository.Revision> revisions(@PathParam("siteId") String siteId,
            @PathParam("floorId") String floorId) {
        SiteResource.floor(SiteResource.site(plans, siteId), floorId);
        return repository.revisions(siteId, floorId);
    }
}
