package org.ketascreen.http;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.ketascreen.intake.InputLimits;

/**
 * Every path the service answers on, written once (api-contract §1, §6, §7, §8): the resources' {@code @Path}
 * values, the Vert.x hooks, the metrics' route labels, the page's headers and the tests all read them here.
 * A new route is added to {@link #TIMED} too, or its timings read {@code /{unmatched}}.
 */
public final class Routes {
    private Routes() {
    }

    /** The reference intake page (api-contract §8). */
    public static final String PAGE = "/";

    public static final String API_V1 = "/api/v1";
    public static final String SCREENINGS = "/screenings";
    public static final String RULESET = "/ruleset";
    public static final String QUESTIONNAIRE = "/questionnaire";
    public static final String V1_SCREENINGS = API_V1 + SCREENINGS;
    public static final String V1_RULESET = API_V1 + RULESET;
    public static final String V1_QUESTIONNAIRE = API_V1 + QUESTIONNAIRE;

    /** The v2 door (api-contract §9): named here as the successor of each v1 path ({@link #DEPRECATED}). */
    public static final String API_V2 = "/api/v2";
    public static final String V2_SCREENINGS = API_V2 + SCREENINGS;
    public static final String V2_RULESET = API_V2 + RULESET;
    public static final String V2_QUESTIONNAIRE = API_V2 + QUESTIONNAIRE;
    public static final String PROFILE = "/profile";
    /** The active clinic protocol profile (api-contract §10.5). */
    public static final String V2_PROFILE = API_V2 + PROFILE;

    /** When revision 2.0 deprecates the v1 door (api-contract §11): 2026-12-04T00:00:00Z. No sunset is decided. */
    public static final Instant V1_DEPRECATED_AT = Instant.parse("2026-12-04T00:00:00Z");

    /**
     * A deprecated path: since when, and the path that succeeds it. Every answer on the path, whatever its status
     * and content type, carries both as headers ({@link HttpFallbacks}); the OpenAPI document marks its
     * operations deprecated (api.OpenApiContract).
     */
    public record Deprecation(Instant since, String successor) {
        public static final String HEADER = "Deprecation";
        public static final String LINK = "Link";

        /** RFC 9745: a structured-field date, {@code @} and the seconds since the epoch. */
        public String deprecationHeader() {
            return "@" + since.getEpochSecond();
        }

        /** RFC 8288, relation {@code successor-version} (RFC 5829). */
        public String linkHeader() {
            return "<" + successor + ">; rel=\"successor-version\"";
        }
    }

    /** Every deprecated path and its deprecation: the three paths of the v1 door, each succeeded by its v2 path. */
    public static final Map<String, Deprecation> DEPRECATED = Map.of(
            V1_SCREENINGS, new Deprecation(V1_DEPRECATED_AT, V2_SCREENINGS),
            V1_RULESET, new Deprecation(V1_DEPRECATED_AT, V2_RULESET),
            V1_QUESTIONNAIRE, new Deprecation(V1_DEPRECATED_AT, V2_QUESTIONNAIRE));

    public static final String FHIR = "/fhir";
    public static final String METADATA = "/metadata";
    public static final String QUESTIONNAIRE_TYPE = "/Questionnaire";
    public static final String FHIR_METADATA = FHIR + METADATA;
    public static final String FHIR_QUESTIONNAIRE = FHIR + QUESTIONNAIRE_TYPE;
    /** The one templated route: a Questionnaire read by id. */
    public static final String FHIR_QUESTIONNAIRE_READ = FHIR_QUESTIONNAIRE + "/{id}";

    /** CDS Hooks 2.0.1: discovery at the base, the service below it, its feedback below that. */
    public static final String CDS_SERVICES = "/cds-services";
    public static final String CDS_SERVICE_ID = "ketamine-migraine-screening";
    public static final String FEEDBACK = "/feedback";
    public static final String CDS_SERVICE = CDS_SERVICES + "/" + CDS_SERVICE_ID;
    public static final String CDS_FEEDBACK = CDS_SERVICE + FEEDBACK;

    /** Quarkus' non-application root: health, metrics, OpenAPI. Not timed, no page headers. */
    public static final String NON_APPLICATION = "/q/";
    public static final String HEALTH_LIVE = "/q/health/live";
    public static final String HEALTH_READY = "/q/health/ready";
    public static final String METRICS = "/q/metrics";
    public static final String OPENAPI = "/q/openapi";

    /** The routes timed by name, the templated read last. */
    public static final List<String> TIMED = List.of(PAGE, V1_SCREENINGS, V1_RULESET, V1_QUESTIONNAIRE, V2_SCREENINGS,
            V2_RULESET, V2_QUESTIONNAIRE, V2_PROFILE, FHIR_METADATA,
            FHIR_QUESTIONNAIRE, CDS_SERVICES, CDS_SERVICE, CDS_FEEDBACK, FHIR_QUESTIONNAIRE_READ);

    /**
     * The largest body a CDS Hooks POST may carry. A hook call wraps a QuestionnaireResponse (itself held to
     * the intake limit of 64 KiB once re-serialised) in a Bundle, the context and possibly an access token, so
     * it is allowed three times that; the transport's backstop (quarkus.http.limits.max-body-size, 256K) stays
     * above it so that every refusal is problem+json.
     */
    public static final int CDS_MAX_BODY_BYTES = 192 * 1024;

    /** The body limit of a path: {@link #CDS_MAX_BODY_BYTES} below the CDS Hooks base, the intake's elsewhere. */
    public static int maxBodyBytes(String path) {
        return path.startsWith(CDS_SERVICES + "/") ? CDS_MAX_BODY_BYTES : InputLimits.MAX_BODY_BYTES;
    }

    /** Answers about a patient (screenings and the CDS Hooks service, errors included) are never cached. */
    public static boolean aboutPatient(String path) {
        return path.startsWith(V1_SCREENINGS) || path.startsWith(V2_SCREENINGS) || path.startsWith(CDS_SERVICE);
    }

    /**
     * The deprecation of a path ({@link #DEPRECATED}), or null for a path in force. A path is the route itself,
     * with or without one trailing slash (JAX-RS answers both); a path below it (a 404) is not the route.
     */
    public static Deprecation deprecation(String path) {
        if (path == null) {
            return null;
        }
        Deprecation deprecation = DEPRECATED.get(path);
        if (deprecation == null && path.length() > 1 && path.endsWith("/")) {
            deprecation = DEPRECATED.get(path.substring(0, path.length() - 1));
        }
        return deprecation;
    }

    /** The service's own API (not the page's static files, not /q/*). */
    public static boolean isApi(String path) {
        return path.startsWith("/api/") || path.startsWith(FHIR + "/") || path.startsWith(CDS_SERVICES);
    }

    /**
     * The door a request came through, for rejections answered before any resource runs: a screening posted
     * as a FHIR resource is the FHIR door, any other the v1 JSON door. A new door adds its path here.
     */
    public static Door door(String path, String contentType) {
        if (path == null) {
            return Door.NONE;
        }
        if (path.startsWith(V1_SCREENINGS) || path.startsWith(V2_SCREENINGS)) {
            return contentType != null && contentType.regionMatches(true, 0, "application/fhir+json", 0, 21) ? Door.FHIR : Door.JSON;
        }
        if (path.startsWith(CDS_SERVICES)) {
            return Door.CDS_HOOKS;
        }
        return Door.NONE;
    }
}
