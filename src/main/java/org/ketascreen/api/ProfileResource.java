package org.ketascreen.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ketascreen.http.Routes;
import org.ketascreen.screening.ActiveProfile;

/** The active clinic protocol profile (api-contract §10.5): read once at start-up, so its answer is built once. */
@Path(Routes.V2_PROFILE)
@Tag(name = "Profile", description = "The clinic protocol profile the v2 screenings run under")
public class ProfileResource {

    private final ProfileResponse profile;

    public ProfileResource(ActiveProfile profile) {
        this.profile = ProfileResponse.of(profile);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getProfile", summary = "The active clinic protocol profile",
            description = "Id, version, title, clinic, the rule set it is based on, who approved it and when (absent for the built-in reference profile), the modalities offered, every configurable parameter sorted by name with its value, default, unit and allowed values, and the SHA-256 of the profile file's RFC 8785 canonical form.")
    @APIResponse(responseCode = "200", description = "The profile.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileResponse.class)))
    @SecurityRequirementsSet // public, with access control on or off, as the rule set
    public ProfileResponse profile() {
        return profile;
    }
}
