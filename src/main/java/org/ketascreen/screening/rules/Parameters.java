package org.ketascreen.screening.rules;

import static org.ketascreen.screening.rules.Parameter.Kind.BOOLEAN;
import static org.ketascreen.screening.rules.Parameter.Kind.CANNABIS_USE;
import static org.ketascreen.screening.rules.Parameter.Kind.INTEGER;
import static org.ketascreen.screening.rules.Parameter.Kind.OUTCOME;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameter registry of rule set 2.0.0 (api-contract §10.2): the single declaration of every threshold a
 * clinic's profile may move, with its default, its allowed range and the rules that read it. Every other
 * threshold is fixed: beside its rule as a constant, and listed in {@link #FIXED} when §10.4 names it.
 *
 * <p>Sources: "v2 §n" is research/clinical-criteria-v2.md §n; "nc" is research/next-capabilities-2026-12-04.md
 * §2.1. Defaults are screening defaults pending the medical director's sign-off.
 */
public final class Parameters {
    private Parameters() {
    }

    private static final List<String> OUTCOMES = List.of("NEEDS_REVIEW", "INELIGIBLE");
    private static final List<String> BOOLEANS = List.of("true", "false");

    public static final Parameter ABSTAIN_BEFORE_HOURS = integer("abstain.beforeHours", "h", 24, 12, 72,
            List.of("SUB-7"), "v2 §2: 12 h to 72 h seen [S57]");
    public static final Parameter ABSTAIN_AFTER_HOURS = integer("abstain.afterHours", "h", 24, 12, 48,
            List.of("SUB-7"), "v2 §2: 12 h to 72 h seen [S57]");
    public static final Parameter AGE_REVIEW_FROM = integer("age.reviewFrom", "years", 65, 60, 75,
            List.of("AGE-2"), "nc: 60, 65, 75 seen");
    public static final Parameter AUDIT_C_CUT_MEN = integer("auditC.cutMen", "points", 4, 3, 5,
            List.of("ALC-1"), "v2 §2 [S49]");
    public static final Parameter AUDIT_C_CUT_WOMEN = integer("auditC.cutWomen", "points", 3, 2, 4,
            List.of("ALC-1"), "v2 §2 [S49]");
    public static final Parameter AUDIT_C_HIGH_CUT = integer("auditC.highCut", "points", 8, 7, 10,
            List.of("ALC-2"), "v2 §2 [S49]");
    public static final Parameter BMI_REVIEW_FROM = integer("bmi.reviewFrom", "kg/m²", 40, 35, 45,
            List.of("BMI-1"), "v2 §11 [S58][S59]");
    public static final Parameter BP2_SYSTOLIC = integer("bp2.systolic", "mmHg", 140, 140, 160,
            List.of("BP-1", "BP-2"), "nc: 140/90 (Spravato) to 160/90");
    public static final Parameter BP5_MAX_AGE_DAYS = integer("bp5.maxAgeDays", "days", 30, 0, 365,
            List.of("BP-5"), "nc: each dose to 12 months (AAGBI)");
    public static final Parameter CANNABIS_REVIEW_FROM = new Parameter("cannabis.reviewFrom", CANNABIS_USE, null,
            "DAILY_OR_ALMOST", null, null, List.of("WEEKLY", "DAILY_OR_ALMOST"), List.of("SUB-5"), "v2 §10");
    public static final Parameter CV1_ANY_HISTORY_INELIGIBLE = flag("cv1.anyHistoryIneligible",
            List.of("CV-1"), "nc: any history (UK SmPC, Swiss label)");
    public static final Parameter CV3_WINDOW_MONTHS = integer("cv3.windowMonths", "months", 6, 3, 6,
            List.of("CV-3"), "nc: 3–6 months (Glance 2024)");
    public static final Parameter HOME1_OUTCOME = outcome("home1.outcome", "INELIGIBLE",
            List.of("HOME-1"), "v2 §3 [S56]");
    public static final Parameter HOME2_MAX_SYSTOLIC = integer("home2.maxSystolic", "mmHg", 140, 140, 160,
            List.of("HOME-2"), "v2 §3 [S11][S56]");
    public static final Parameter HOME2_MAX_DIASTOLIC = integer("home2.maxDiastolic", "mmHg", 90, 90, 100,
            List.of("HOME-2"), "v2 §3 [S11][S56]");
    public static final Parameter HOME2_MAX_HEART_RATE = integer("home2.maxHeartRate", "/min", 100, 100, 110,
            List.of("HOME-2"), "v2 §3 [S56]");
    public static final Parameter HOME2_MIN_HEART_RATE = integer("home2.minHeartRate", "/min", 50, 45, 50,
            List.of("HOME-2"), "v2 §3 [S56]");
    public static final Parameter HR_BRADY_BELOW = integer("hr.bradyBelow", "/min", 50, 40, 50,
            List.of("HR-1"), "v2 §6");
    public static final Parameter HR_REVIEW_ABOVE = integer("hr.reviewAbove", "/min", 100, 100, 110,
            List.of("HR-2"), "v2 §6");
    public static final Parameter HR_INELIGIBLE_ABOVE = integer("hr.ineligibleAbove", "/min", 120, 110, 120,
            List.of("HR-2", "HR-3"), "v2 §6");
    public static final Parameter KET2_OUTCOME = outcome("ket2.outcome", "NEEDS_REVIEW", List.of("KET-2"), "v2 §5");
    public static final Parameter ORG7_OUTCOME = outcome("org7.outcome", "NEEDS_REVIEW", List.of("ORG-7"), "v2 §7");
    public static final Parameter PSY2_ANY_HISTORY_INELIGIBLE = flag("psy2.anyHistoryIneligible",
            List.of("PSY-2"), "nc: any psychotic history (Psyon, ACEP)");
    public static final Parameter PSY7_ORAL_WINDOW_MONTHS = integer("psy7.oralWindowMonths", "months", 12, 6, 24,
            List.of("PSY-7"), "v2 §9");
    public static final Parameter PSY8_DISSOCIATIVE_OUTCOME = outcome("psy8.dissociativeOutcome", "NEEDS_REVIEW",
            List.of("PSY-8"), "v2 §13");
    public static final Parameter PSY9_OUTCOME = outcome("psy9.outcome", "NEEDS_REVIEW", List.of("PSY-9"), "v2 §13");
    public static final Parameter RECENT_FLARE_WINDOW_MONTHS = integer("recentFlare.windowMonths", "months", 12, 6, 12,
            List.of("RESP-2"), "v2 §1");
    public static final Parameter REF2_ALL_MODALITIES = flag("ref2.allModalities", List.of("REF-2"), "v2 §4");
    public static final Parameter SPO2_REVIEW_BELOW = integer("spo2.reviewBelow", "%", 94, 92, 95,
            List.of("RESP-5"), "v2 §1 [S53][S55][S64]");
    public static final Parameter STOP_BANG_HIGH_CUT = integer("stopBang.highCut", "points", 5, 3, 5,
            List.of("RESP-4"), "v2 §1 [S48]");
    public static final Parameter SUB1_WINDOW_MONTHS = integer("sub1.windowMonths", "months", 12, 12, 36,
            List.of("SUB-1"), "v2 §15");
    public static final Parameter SUB2_REMISSION_MONTHS = integer("sub2.remissionMonths", "months", 12, 3, 12,
            List.of("SUB-2", "SUB-3"), "nc: 3 months (CRTCE) to 1 year (Psyon)");
    public static final Parameter UNTREATED_OSA_ORAL_OUTCOME = outcome("untreatedOsa.oralOutcome", "NEEDS_REVIEW",
            List.of("RESP-3"), "v2 §1");
    public static final Parameter WEIGHT_MIN_KG = integer("weight.minKg", "kg", 45, 40, 50,
            List.of("BMI-2"), "v2 §11 [S53][S54]");

    /** Every configurable parameter, sorted by name (the order of {@code GET /api/v2/ruleset} and the profile). */
    public static final List<Parameter> ALL = sorted(List.of(ABSTAIN_BEFORE_HOURS, ABSTAIN_AFTER_HOURS,
            AGE_REVIEW_FROM, AUDIT_C_CUT_MEN, AUDIT_C_CUT_WOMEN, AUDIT_C_HIGH_CUT, BMI_REVIEW_FROM, BP2_SYSTOLIC,
            BP5_MAX_AGE_DAYS, CANNABIS_REVIEW_FROM, CV1_ANY_HISTORY_INELIGIBLE, CV3_WINDOW_MONTHS, HOME1_OUTCOME,
            HOME2_MAX_SYSTOLIC, HOME2_MAX_DIASTOLIC, HOME2_MAX_HEART_RATE, HOME2_MIN_HEART_RATE, HR_BRADY_BELOW,
            HR_REVIEW_ABOVE, HR_INELIGIBLE_ABOVE, KET2_OUTCOME, ORG7_OUTCOME, PSY2_ANY_HISTORY_INELIGIBLE,
            PSY7_ORAL_WINDOW_MONTHS, PSY8_DISSOCIATIVE_OUTCOME, PSY9_OUTCOME, RECENT_FLARE_WINDOW_MONTHS,
            REF2_ALL_MODALITIES, SPO2_REVIEW_BELOW, STOP_BANG_HIGH_CUT, SUB1_WINDOW_MONTHS, SUB2_REMISSION_MONTHS,
            UNTREATED_OSA_ORAL_OUTCOME, WEIGHT_MIN_KG));

    /** The thresholds §10.4 names as never configurable, in its order: a profile naming one is refused. */
    public static final List<FixedParameter> FIXED = List.of(
            new FixedParameter("rf10.systolic", 180, List.of("RF-10")),
            new FixedParameter("rf10.diastolic", 120, List.of("RF-10")),
            new FixedParameter("bp3.systolic", 160, List.of("BP-3")),
            new FixedParameter("bp3.diastolic", 100, List.of("BP-3")),
            new FixedParameter("bp2.diastolic", 90, List.of("BP-2")),
            new FixedParameter("age.minYears", 18, List.of("AGE-1")),
            new FixedParameter("cv1.windowMonths", 9, List.of("CV-1")),
            new FixedParameter("psy2.windowMonths", 12, List.of("PSY-2")),
            new FixedParameter("psy3.windowMonths", 12, List.of("PSY-3")),
            new FixedParameter("hr4.urgentFrom", 150, List.of("HR-4")),
            new FixedParameter("psy7.urgentWithinMonths", 3, List.of("PSY-7")),
            new FixedParameter("spo2.ineligibleBelow", 90, List.of("RESP-5")),
            new FixedParameter("bmi.alwaysReviewFrom", 50, List.of("BMI-1")),
            new FixedParameter("bmi.minBmi", 17.5, List.of("BMI-2")),
            new FixedParameter("stopBang.bmiAbove", 35, List.of("RESP-4")));

    private static final Map<String, Parameter> BY_NAME = new LinkedHashMap<>();
    private static final Map<Parameter, Integer> INDEX = new IdentityHashMap<>();
    private static final Map<String, FixedParameter> FIXED_BY_NAME = new LinkedHashMap<>();

    static {
        ALL.forEach(p -> BY_NAME.put(p.name(), p));
        ALL.forEach(p -> INDEX.put(p, INDEX.size()));
        FIXED.forEach(p -> FIXED_BY_NAME.put(p.name(), p));
    }

    /** The configurable parameter of that name, or null. */
    public static Parameter named(String name) {
        return BY_NAME.get(name);
    }

    /** The position of a registry parameter in {@link #ALL}. */
    static int indexOf(Parameter parameter) {
        Integer index = INDEX.get(parameter);
        if (index == null) {
            throw new IllegalArgumentException(parameter.name() + " is not the registry's parameter");
        }
        return index;
    }

    /** The fixed threshold of that name, or null. */
    public static FixedParameter fixedNamed(String name) {
        return FIXED_BY_NAME.get(name);
    }

    private static Parameter integer(String name, String unit, int value, int min, int max, List<String> rules,
                                     String source) {
        return new Parameter(name, INTEGER, unit, value, min, max, List.of(), rules, source);
    }

    private static Parameter flag(String name, List<String> rules, String source) {
        return new Parameter(name, BOOLEAN, null, Boolean.FALSE, null, null, BOOLEANS, rules, source);
    }

    private static Parameter outcome(String name, String value, List<String> rules, String source) {
        return new Parameter(name, OUTCOME, null, value, null, null, OUTCOMES, rules, source);
    }

    private static List<Parameter> sorted(List<Parameter> parameters) {
        List<Parameter> copy = new ArrayList<>(parameters);
        copy.sort(Comparator.comparing(Parameter::name));
        return List.copyOf(copy);
    }
}
