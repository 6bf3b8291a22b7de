package io.sextant.api;

import java.time.Instant;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.sextant.ingest.InboundMessage;
import io.sextant.ingest.IngestEntryPoint;
import io.sextant.security.Roles;

/** HTTP ingest for gateways that do not speak MQTT: the same batches, the same checks. */
@Path("/api/v1/sites/{siteId}/gateways/{gatewayId}/readings")
@Tag(name = "Ingest")
@SecurityRequirement(name = "bearer")
public class IngestResource {

    private final IngestEntryPoint ingest;
    private final JsonWebToken caller;

    IngestResource(IngestEntryPoint ingest, JsonWebToken caller) {
        this.ingest = ingest;
        this.caller = caller;
    }

    /** How a batch was taken: readings accepted, and refused ones (recorded as dead letters). */
    public record Accepted(int accepted, int rejected) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.GATEWAY, Roles.ADMIN })
    @Operation(summary = "Post a batch of readings", description = "The batch format of docs/readings.md. Each reading "
            + "is checked on its own: bad ones are refused with a reason (dead letters), the good ones are located.")
    @APIResponse(responseCode = "202", description = "Taken; the counts of accepted and refused readings")
    @APIResponse(responseCode = "422", description = "The whole batch was refused (malformed JSON, no readings array, unknown site)")
    public CompletionStage<Response> post(@PathParam("siteId") String siteId, @PathParam("gatewayId") String gatewayId,
            byte[] body, UriInfo uri) {
        String topic = "sextant/v1/" + siteId + "/gateways/" + gatewayId + "/readings";
        InboundMessage message = new InboundMessage("http", caller.getName(), topic, body == null ? new byte[0] : body, 1,
                Instant.now());
        return ingest.accept(message).thenApply(outcome -> {
            if (outcome instanceof IngestEntryPoint.Received received) {
                return Response.accepted(new Accepted(received.readings(), received.rejectedReadings())).build();
            }
            IngestEntryPoint.Refused refused = (IngestEntryPoint.Refused) outcome;
            return Problem.of(422, "Unprocessable Content", refused.reason() + ": " + refused.detail(), uri.getPath())
                    .toResponse();
        });
    }
}
