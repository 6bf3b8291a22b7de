package io.sextant.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.sextant.security.TokenService;

/** Tokens from the built-in issuer, and who the caller is. */
@Path("/api/v1/auth")
@Tag(name = "Authentication")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final TokenService tokens;
    private final JsonWebToken jwt;

    AuthResource(TokenService tokens, JsonWebToken jwt) {
        this.tokens = tokens;
        this.jwt = jwt;
    }

    public record TokenRequest(String username, String password) {
    }

    public record TokenResponse(@JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresInSeconds,
            List<String> roles) {
    }

    public record Caller(String username, Set<String> roles, Instant expiresAt) {
    }

    @POST
    @Path("/token")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get a bearer token", description = "Exchanges a Sextant account's user name and password "
            + "for a signed JWT. Send it as 'Authorization: Bearer <token>'.")
    @APIResponse(responseCode = "200", description = "Token issued")
    @APIResponse(responseCode = "401", description = "Unknown user, wrong password or disabled account")
    public Uni<TokenResponse> token(TokenRequest request) {
        if (request == null || isBlank(request.username()) || isBlank(request.password())) {
            throw new BadRequestException("Body must be {\"username\": \"...\", \"password\": \"...\"}");
        }
        return tokens.issue(request.username(), request.password().toCharArray()).map(issued -> {
            if (issued == null) {
                throw new NotAuthorizedException("Unknown user name or wrong password", "Bearer");
            }
            long seconds = Duration.between(Instant.now(), issued.expiresAt()).toSeconds();
            return new TokenResponse(issued.token(), "Bearer", seconds, issued.roles());
        });
    }

    @GET
    @Path("/me")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Who am I", description = "The account and roles of the token in the request.")
    public Caller me() {
        return new Caller(jwt.getName(), jwt.getGroups(), Instant.ofEpochSecond(jwt.getExpirationTime()));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
