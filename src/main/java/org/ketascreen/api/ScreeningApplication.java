package org.ketascreen.api;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/**
 * The REST application as the OpenAPI document introduces it: title, version (the contract's revision),
 * licence, contact, a relative server, and the bearer scheme of the opt-in access control. Every
 * resource of the package is part of it; nothing else is configured here.
 */
@OpenAPIDefinition(
        info = @Info(title = "Ketamine-for-migraine eligibility screening API", version = "1.1.0",
                description = "Screens a patient's intake questionnaire for ketamine therapy for severe, refractory migraine and explains the verdict rule by rule. Decision support only: not a prescription. Enums are closed sets today; a minor version may add values (rule ids, problem types, enum answers), so generated clients should tolerate unknown values (openapi-generator: enumUnknownDefaultCase=true).",
                license = @License(name = "Proprietary: ketascreen; the clinic's licence terms apply", url = "https://ketascreen.org/licence"),
                contact = @Contact(name = "ketascreen engineering", url = "https://ketascreen.org", email = "engineering@ketascreen.org")),
        servers = @Server(url = "/", description = "This service, wherever it is deployed"))
@SecurityScheme(securitySchemeName = ScreeningApplication.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Only when access control is turned on (ketascreen.auth.enabled=true): a JWT from the clinic's identity provider with the screening role. With it off (the default) no token is read.")
@SecurityScheme(securitySchemeName = ScreeningApplication.CDS_HOOKS_CLIENT, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Only when CDS Hooks access control is turned on: a CDS Hooks client JWT (CDS Hooks 2.0.1 'Trusting CDS Clients') signed with an asymmetric key of a configured trusted client, aud = the endpoint's URL, exp at most 5 minutes after iat, a jti.")
public class ScreeningApplication extends Application {

    /** The CDS Hooks client JWT scheme of the /cds-services operations. */
    public static final String CDS_HOOKS_CLIENT = "cdsHooksClient";

    /** The name of the bearer-JWT security scheme operations refer to. */
    public static final String BEARER = "bearer";
}
