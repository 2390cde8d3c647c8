package org.ketascreen.cdshooks;

import org.ketascreen.http.Routes;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The discovery answer (CDS Hooks 2.0.1 §Discovery): the one service, its hook and its prefetch template. */
@Schema(name = "CdsDiscovery", description = "CDS Hooks 2.0.1 discovery response.")
public record Discovery(@Schema(required = true) List<Service> services) {

    static final Discovery THIS_SERVICE = new Discovery(List.of(new Service(CdsHooks.HOOK,
            "Ketamine for refractory migraine: eligibility screening",
            "Screens the patient's latest completed ketamine-for-migraine intake questionnaire against the clinic's "
                    + "rule set (red flags, contraindications, refractory-migraine criteria) and answers one card: the "
                    + "verdict, the verdict per modality, every finding with its rule id and source, and the next steps.",
            Routes.CDS_SERVICE_ID,
            Map.of(CdsHooks.PREFETCH_KEY, CdsHooks.PREFETCH_TEMPLATE),
            "Needs the prefetch key intake (this service does not query the EHR's FHIR server; without it the "
                    + "answer is 412). The patient fills in the intake form at the clinic's intake page.")));

    @Schema(name = "CdsService")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"hook", "title", "description", "id", "prefetch", "usageRequirements"})
    public record Service(@Schema(required = true, example = "patient-view") String hook,
                          String title,
                          @Schema(required = true) String description,
                          @Schema(required = true, example = "ketamine-migraine-screening") String id,
                          @Schema(description = "Prefetch key -> FHIR query template.") Map<String, String> prefetch,
                          String usageRequirements) {
    }
}
