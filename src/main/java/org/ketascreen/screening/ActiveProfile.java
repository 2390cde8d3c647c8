package org.ketascreen.screening;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.ketascreen.intake.Modality;
import org.ketascreen.intake.v2.IntakeV2;
import org.ketascreen.screening.rules.ParameterValues;
import org.ketascreen.screening.rules.Subject;

/**
 * The clinic protocol profile a deployment screens v2 intakes under (api-contract §10.1): its members as the
 * file states them, the parameter values it applies (defaults for the names it leaves out) and the SHA-256 of
 * its RFC 8785 canonical form, which every v2 answer echoes. The built-in {@link #REFERENCE} has every default
 * and every modality; a clinic's file is read and checked once at start-up (package {@code profile}).
 *
 * @param approvedBy null only for the built-in reference (rule-set defaults, not a sign-off)
 * @param approvedOn {@code YYYY-MM-DD}; null only for the built-in reference
 */
public record ActiveProfile(String id, String version, String title, String clinic, String basedOnRuleSet,
                            Approval approvedBy, String approvedOn, List<Modality> modalitiesOffered,
                            ParameterValues parameters, String sha256) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** Who signed the profile off. */
    public record Approval(String name, String role) {
    }

    /**
     * The built-in profile: every default, every modality. Its {@code sha256} is that of the canonical form of
     * §10.1's literal (checked against the canonicaliser by the profile tests).
     */
    public static final ActiveProfile REFERENCE = new ActiveProfile("reference", "2.0.0",
            "Reference screening defaults", "ketascreen reference", "2.0.0", null, null, List.of(Modality.values()),
            ParameterValues.defaults(), "6d1ad70d73056155c459989e6374b59b05345f7d4104d9c656c8d41d51399a8c");

    public ActiveProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        modalitiesOffered = List.copyOf(modalitiesOffered);
        if (modalitiesOffered.isEmpty()) {
            throw new IllegalArgumentException("a profile offers at least one modality");
        }
        Objects.requireNonNull(parameters, "parameters");
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits");
        }
    }

    /** What answers echo of this profile: id, version, sha256. */
    public ProfileReference reference() {
        return new ProfileReference(id, version, sha256);
    }

    /** Whether this profile offers the modality. */
    public boolean offers(Modality modality) {
        return modalitiesOffered.contains(modality);
    }

    /**
     * A v2 intake as the engine judges it under this profile, for every v2 door (POST /api/v2/screenings in both
     * formats, CDS Hooks): the requested modalities, or every offered one when none is requested; the readers
     * already refused a requested modality this profile does not offer (their {@code Offer}, api-contract §10.6).
     */
    public Subject subject(IntakeV2 intake) {
        List<Modality> requested = intake.logistics().requestedModalities();
        return Subject.of(intake, parameters, requested == null ? modalitiesOffered : intake.logistics().modalities());
    }
}
