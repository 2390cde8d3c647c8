package org.ketascreen.intake.v2;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketascreen.intake.Answer;
import org.ketascreen.intake.EnabledWhen;

/**
 * Lung disease, sleep apnoea and its screening score (api-contract §9.2). STOP-Bang is asked when sleep apnoea is NO
 * or UNKNOWN; the resting SpO2 when either gate is YES (two gates, either asks it).
 */
@Schema(description = "Lung disease and sleep apnoea.")
@EnabledWhen(property = "homeOxygenOrVentilator", question = "lungCondition", answer = "YES", required = true)
@EnabledWhen(property = "recentFlareUp", question = "lungCondition", answer = "YES", required = true)
@EnabledWhen(property = "sleepApnoeaTreated", question = "sleepApnoea", answer = "YES", required = true)
@EnabledWhen(property = "stopBang", question = "sleepApnoea", answer = {"NO", "UNKNOWN"}, required = true)
@EnabledWhen(property = "restingSpo2Percent", question = "lungCondition", answer = "YES")
@EnabledWhen(property = "restingSpo2Percent", question = "sleepApnoea", answer = "YES")
public record Respiratory(
        @NotNull Answer lungCondition,
        @Schema(description = "Home oxygen or a ventilator (CPAP is not a ventilator).")
        Answer homeOxygenOrVentilator,
        @Schema(description = "A flare-up of the lung condition recently.")
        Answer recentFlareUp,
        @NotNull Answer sleepApnoea,
        @Schema(description = "CPAP or another prescribed treatment most nights.")
        Answer sleepApnoeaTreated,
        @Valid StopBang stopBang,
        @Schema(description = "Optional. Resting oxygen saturation (%), own oximeter, after 5 minutes at rest.")
        @Min(50) @Max(100) Integer restingSpo2Percent) {
}
