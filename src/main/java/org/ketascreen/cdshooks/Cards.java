package org.ketascreen.cdshooks;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.ketascreen.http.Problem;
import org.ketascreen.api.ScreeningResponse;
import org.ketascreen.api.ScreeningResponseV2;
import org.ketascreen.api.ScreeningResponse.FindingView;
import org.ketascreen.cdshooks.CdsServiceResponse.Card;
import org.ketascreen.cdshooks.CdsServiceResponse.Coding;
import org.ketascreen.cdshooks.CdsServiceResponse.Extension;
import org.ketascreen.cdshooks.CdsServiceResponse.Indicator;
import org.ketascreen.cdshooks.CdsServiceResponse.Link;
import org.ketascreen.cdshooks.CdsServiceResponse.Source;
import org.ketascreen.intake.Modality;
import org.ketascreen.intake.Violation;
import org.ketascreen.screening.ActiveProfile;
import org.ketascreen.screening.ModalityCondition;
import org.ketascreen.screening.Verdict;
import org.ketascreen.screening.rules.MigraineProfile;
import org.ketascreen.screening.rules.Outcome;
import org.ketascreen.screening.rules.RuleSetReference;
import org.ketascreen.words.Words;

/**
 * The one card a hook call gets (api-contract §7, §9.6), as a pure function of the answer (v1 or v2, or why there is
 * none), the active profile and the hook instance: a screened intake, no intake on file, or an intake that cannot be
 * screened. Every card has a deterministic uuid, the rule set as its source and an absolute link to the intake page,
 * and its detail ends with one line naming the rule set: the active profile's line, or for an intake of version 1
 * (unversioned or {@code |1.x.y}) the line saying it was screened with the deprecated v1 rules. Text from the answer
 * (messages, source labels) and the profile's title are still Markdown-escaped.
 */
final class Cards {

    static final int MAX_SUMMARY = 139;
    /** Violations spelled out in the detail of a card for an intake that cannot be screened; the extension has them all. */
    static final int VIOLATIONS_IN_DETAIL = 20;

    /** Name-based (RFC 4122 v5) uuids of this service's cards live in this namespace. */
    private static final UUID NAMESPACE = UUID.fromString("2b1e4f0c-6a57-4c1d-9f3e-8d2a7b5c9e14");
    static final String OVERRIDE_SYSTEM = "https://ketascreen.org/fhir/CodeSystem/cds-override-reason";
    static final List<Coding> OVERRIDE_REASONS = List.of(
            new Coding(OVERRIDE_SYSTEM, "Clinician judgement after reviewing the findings", "clinician-judgement"),
            new Coding(OVERRIDE_SYSTEM, "The intake answers are out of date", "answers-out-of-date"),
            new Coding(OVERRIDE_SYSTEM, "The patient declined ketamine treatment", "patient-declined"));

    /** What a card is about; part of its uuid. */
    enum Kind { SCREENED, NO_INTAKE, NOT_SCREENABLE }

    /**
     * Which rules a card is about: {@code V1} an intake read by the v1 door (unversioned or {@code |1.x.y}), rule set
     * 1.1.x; {@code V2} an intake of version 2, or none, or one of a version no rule set screens: rule set 2.0.0 under
     * the active profile. It picks the card's source and its last line.
     */
    enum RuleSetVersion { V1, V2 }

    private final Source source;
    private final Source sourceV2;
    private final List<Link> links;
    private final String intakePage;
    private final RuleSetReference ruleSet;
    private final ActiveProfile profile;
    /** The last line of every card about an intake of version 1. */
    private final String v1Line;
    /** The last line of every other card. */
    private final String profileLine;

    /**
     * @param ruleSet   rule set 1.1.x, which screens intakes of version 1, and the URL of its GET
     * @param ruleSetV2 rule set 2.0.0, which screens intakes of version 2 under {@code profile}, and the URL of its GET
     */
    Cards(RuleSetReference ruleSet, String ruleSetUrl, RuleSetReference ruleSetV2, String ruleSetV2Url, ActiveProfile profile,
          String intakePage) {
        this.ruleSet = ruleSet;
        this.profile = profile;
        this.source = new Source("ketascreen " + ruleSet.id() + " rule set " + ruleSet.version(), ruleSetUrl);
        this.sourceV2 = new Source("ketascreen " + ruleSetV2.id() + " rule set " + ruleSetV2.version(), ruleSetV2Url);
        this.intakePage = intakePage;
        this.links = List.of(new Link("Open the intake form", intakePage, "absolute"));
        this.v1Line = CardSentence.V1_LINE.say(ruleSet.id(), ruleSet.version(), escape(profile.title()));
        this.profileLine = CardSentence.PROFILE_LINE.say(ruleSetV2.id(), ruleSetV2.version(), escape(profile.title()),
                profile.id(), profile.version());
    }

    // --- the cards --------------------------------------------------------------------------------------

    /** An intake of version 1, screened with rule set 1.1.x: the v1 answer, read against what the profile offers. */
    Card screened(String hookInstance, ScreeningResponse answer) {
        List<Row> rows = answer.modalities().stream()
                .map(m -> new Row(m.modality(), m.verdict(), m.conditions().stream().map(Cards::condition).toList(),
                        profile.offers(m.modality())))
                .toList();
        // the verdict shown is the best among the modalities the clinic offers (all of them under the reference profile,
        // where it is the v1 answer's verdict): a modality the clinic does not offer is never said to be available
        List<Row> offered = rows.stream().filter(Row::offered).toList();
        Verdict shown = offered.isEmpty() ? answer.verdict() : offered.stream().map(Row::verdict).reduce(Verdict::lessSevere).orElseThrow();
        boolean noneOffered = offered.isEmpty() && shown != Verdict.URGENT_REFERRAL;
        String summary = noneOffered ? CardSentence.NONE_OFFERED.say() : summary(shown, offered, answer.findings());
        String headline = noneOffered ? CardSentence.NONE_OFFERED_HEADLINE.say()
                : "**" + verdictWords(shown) + "**: " + headline(shown);
        return new Card(uuid(hookInstance, Kind.SCREENED), summary, detail(headline, answer, rows),
                noneOffered ? Indicator.WARNING : indicator(shown), source, links, OVERRIDE_REASONS, new Extension(answer, null));
    }

    /** An intake of version 2, screened with rule set 2.0.0 under the active profile: the v2 answer. */
    Card screened(String hookInstance, ScreeningResponseV2 answer) {
        List<Row> rows = answer.modalities().stream()
                .map(m -> new Row(m.modality(), m.verdict(), m.conditions().stream().map(Cards::condition).toList(), true))
                .toList();
        return new Card(uuid(hookInstance, Kind.SCREENED), summary(answer.verdict(), rows, answer.findings()),
                detail(answer, rows), indicator(answer.verdict()), sourceV2, links, OVERRIDE_REASONS, new Extension(answer, null));
    }

    Card noIntake(String hookInstance) {
        String detail = "No completed ketamine-for-migraine intake questionnaire was found for this patient, so nothing was "
                + "screened.\n\nSend the patient the [intake form](" + url(intakePage) + "). The screening appears here the next "
                + "time the chart is opened after the patient has completed it.\n\n" + profileLine;
        return new Card(uuid(hookInstance, Kind.NO_INTAKE),
                "Ketamine screening: no completed intake on file. Send the patient the intake form.", detail, Indicator.INFO,
                sourceV2, links, null, null);
    }

    /**
     * The problem is what the FHIR door of the intake's version answers for the same QuestionnaireResponse (or, for
     * a version no door screens, the violation at {@code questionnaire}).
     */
    Card notScreenable(String hookInstance, Problem problem, RuleSetVersion version) {
        StringBuilder detail = new StringBuilder(512)
                .append("The patient's latest intake questionnaire on file could not be screened, so there is no verdict yet");
        List<Violation> violations = problem.violations() == null ? List.of() : problem.violations();
        if (violations.isEmpty()) {
            // refused as a whole (larger than the FHIR door takes): the door's own words
            detail.append(". ").append(escape(problem.title())).append(": ").append(escape(problem.detail())).append("\n\n");
        } else {
            detail.append(": ").append(escape(problem.detail())).append(". The questions concerned, by their path in the "
                    + "intake questionnaire (the answers themselves are not shown):\n\n");
            for (int i = 0; i < violations.size() && i < VIOLATIONS_IN_DETAIL; i++) {
                Violation v = violations.get(i);
                detail.append("- ").append(v.field().isEmpty() ? "the questionnaire response as a whole" : "`" + v.field() + "`")
                        .append(": ").append(escape(v.message())).append('\n');
            }
            if (violations.size() > VIOLATIONS_IN_DETAIL) {
                detail.append("- and ").append(violations.size() - VIOLATIONS_IN_DETAIL)
                        .append(" more (this card's extension `ketascreen.problem` lists them)\n");
            }
            detail.append('\n');
        }
        detail.append("Ask the patient to complete the [intake form](").append(url(intakePage)).append(") again.\n\n")
                .append(version == RuleSetVersion.V1 ? v1Line : profileLine);
        return new Card(uuid(hookInstance, Kind.NOT_SCREENABLE),
                "Ketamine screening: the intake on file is incomplete or invalid. Ask the patient to complete it again.",
                detail.toString(), Indicator.WARNING, version == RuleSetVersion.V1 ? source : sourceV2, links, null,
                new Extension(null, problem));
    }

    /** The violation of an intake whose {@code questionnaire} names a version no rule set screens (§9.6). */
    static Violation questionnaireVersion() {
        return new Violation("questionnaire", CardSentence.QUESTIONNAIRE_VERSION.say());
    }

    // --- uuid -------------------------------------------------------------------------------------------

    /** RFC 4122 §4.3 name-based uuid (SHA-1, version 5) of the hook instance and the card's kind. */
    static String uuid(String hookInstance, Kind kind) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java platform", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(NAMESPACE.getMostSignificantBits())
                .putLong(NAMESPACE.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest((kind.name() + ":" + hookInstance.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong()).toString();
    }

    // --- indicator and summary --------------------------------------------------------------------------

    static Indicator indicator(Verdict verdict) {
        return switch (verdict) {
            case URGENT_REFERRAL -> Indicator.CRITICAL;
            case INELIGIBLE, NEEDS_REVIEW -> Indicator.WARNING;
            case ELIGIBLE -> Indicator.INFO;
        };
    }

    /** The words for each code, the clinician's (Words, clinician). */
    private static final Words.Clinician WORDS = Words.ENGLISH.clinician();

    private static String verdictWords(Verdict verdict) {
        return WORDS.verdicts().get(verdict);
    }

    private static String action(Verdict verdict) {
        return WORDS.actions().get(verdict);
    }

    /** A modality as a card shows it: its verdict, its conditions in words, and whether the active profile offers it. */
    record Row(Modality modality, Verdict verdict, List<String> conditions, boolean offered) {
    }

    /**
     * {@code Ketamine screening: NOT ELIGIBLE (BP-3, CV-1). Do not book ketamine treatment.}: the verdict, the
     * modalities it holds for when not all {@code shown} ones share it, the rules that set it (three at most; a finding
     * of other modalities only is not one of them), the action. Shortened (rule ids first, then modalities) if it would
     * reach 140 characters.
     */
    static String summary(Verdict verdict, List<Row> shown, List<FindingView> findings) {
        String head = "Ketamine screening: " + verdictWords(verdict);
        List<String> holding = new ArrayList<>();
        Set<Modality> modalities = new LinkedHashSet<>();
        for (Row m : shown) {
            modalities.add(m.modality());
            if (m.verdict() == verdict) {
                holding.add(modality(m.modality()));
            }
        }
        String only = !holding.isEmpty() && holding.size() < shown.size() ? " for " + String.join(" and ", holding) + " only" : "";
        Set<String> ids = new LinkedHashSet<>();
        for (FindingView f : findings) {
            if (f.outcome() != Outcome.INFO && Verdict.of(f.outcome()) == verdict
                    && (f.modalities() == null || f.modalities().stream().anyMatch(modalities::contains))) {
                ids.add(f.ruleId());
            }
        }
        String rules = "";
        if (!ids.isEmpty()) {
            List<String> first = ids.stream().limit(3).toList();
            rules = " (" + String.join(", ", first) + (ids.size() > 3 ? " +" + (ids.size() - 3) + " more" : "") + ")";
        }
        String tail = ". " + action(verdict);
        for (String candidate : List.of(head + only + rules + tail, head + only + tail, head + tail)) {
            if (candidate.length() <= MAX_SUMMARY) {
                return candidate;
            }
        }
        return head + ".";
    }

    // --- detail -----------------------------------------------------------------------------------------

    private static String headline(Verdict verdict) {
        return WORDS.headlines().get(verdict);
    }

    /** A v1 card's detail: as before rule set 2.0.0, a modality the profile does not offer said so, then the v1 line. */
    String detail(String headline, ScreeningResponse answer, List<Row> rows) {
        StringBuilder md = new StringBuilder(2048);
        md.append(headline).append("\n\n");
        md.append("**Modalities requested**\n\n");
        modalities(md, rows);
        migraine(md, answer.migraine());
        md.append("**Findings** (").append(answer.findings().size()).append(", most severe first)\n\n");
        if (answer.findings().isEmpty()) {
            md.append("- none\n");
        }
        for (FindingView f : answer.findings()) {
            md.append("- **").append(f.ruleId()).append("** ").append(outcome(f.outcome()));
            if (f.modalities() != null) {
                md.append(", ").append(String.join(" and ", f.modalities().stream().map(Cards::modality).toList())).append(" only");
            }
            finding(md, f);
        }
        nextSteps(md, answer.nextSteps());
        md.append("\nRule set ").append(ruleSet.id()).append(' ').append(ruleSet.version())
                .append(". Decision support, not a prescription. This card's extension `ketascreen.screening` holds the whole "
                        + "answer, every finding by rule id.\n\n").append(v1Line);
        return md.toString();
    }

    /** A v2 card's detail: the screened modalities with their conditions and parameters, findings with their modalities. */
    String detail(ScreeningResponseV2 answer, List<Row> rows) {
        StringBuilder md = new StringBuilder(4096);
        md.append("**").append(verdictWords(answer.verdict())).append("**: ").append(headline(answer.verdict())).append("\n\n");
        md.append("**").append(CardSentence.MODALITIES_SCREENED.say()).append("**\n\n");
        modalities(md, rows);
        migraine(md, answer.migraine());
        List<Modality> screened = rows.stream().map(Row::modality).toList();
        md.append("**Findings** (").append(answer.findings().size()).append(", most severe first)\n\n");
        if (answer.findings().isEmpty()) {
            md.append("- none\n");
        }
        for (FindingView f : answer.findings()) {
            md.append("- **").append(f.ruleId()).append("** ").append(outcome(f.outcome()));
            if (f.modalities() != null) {
                md.append(", ").append(f.modalities().equals(screened) ? CardSentence.EVERY_SCREENED_MODALITY.say()
                        : CardSentence.ONLY_FOR.say(list(f.modalities().stream().map(Cards::modality).toList())));
            }
            finding(md, f);
        }
        nextSteps(md, answer.nextSteps());
        md.append('\n').append(CardSentence.CLOSING.say()).append("\n\n").append(profileLine);
        return md.toString();
    }

    private static void modalities(StringBuilder md, List<Row> rows) {
        for (Row m : rows) {
            md.append("- ").append(capitalise(modality(m.modality()))).append(": **").append(verdictWords(m.verdict())).append("**");
            if (!m.offered()) {
                md.append(", ").append(CardSentence.NOT_OFFERED.say());
            } else if (!m.conditions().isEmpty() && (m.verdict() == Verdict.ELIGIBLE || m.verdict() == Verdict.NEEDS_REVIEW)) {
                // the conditions a modality is given under mean something only where it may be given
                md.append(", only with ").append(String.join(", ", m.conditions()));
            }
            md.append('\n');
        }
    }

    private static void migraine(StringBuilder md, ScreeningResponse.Migraine migraine) {
        md.append("\n**Migraine**: ").append(frequency(migraine.frequency())).append("; ")
                .append(resistance(migraine.treatmentResistance())).append("; failed preventive classes: ")
                .append(migraine.failedPreventiveClasses().isEmpty() ? "none"
                        : String.join(", ", migraine.failedPreventiveClasses().stream().map(c -> "`" + c.name() + "`").toList()))
                .append("; ").append(migraine.medicationOveruse() ? "medication overuse" : "no medication overuse").append(".\n\n");
    }

    private static void finding(StringBuilder md, FindingView f) {
        md.append(": ").append(escape(f.message())).append(" ([").append(escape(f.source().label())).append("](")
                .append(url(f.source().url())).append("))\n");
    }

    private static void nextSteps(StringBuilder md, List<String> steps) {
        md.append("\n**Next steps** (as the patient was told)\n\n");
        for (int i = 0; i < steps.size(); i++) {
            md.append(i + 1).append(". ").append(escape(steps.get(i))).append('\n');
        }
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    static String list(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return CardSentence.LIST_AND.say(String.join(", ", items.subList(0, items.size() - 1)), items.get(items.size() - 1));
    }

    /** A v1 condition: its words (none of rule set 1.1's conditions has a parameter). */
    private static String condition(ModalityCondition condition) {
        return WORDS.conditions().get(condition);
    }

    /** A v2 condition: its words with the parameters the answer gives it ({@code {beforeHours}} ...) filled in. */
    private static String condition(ScreeningResponseV2.Condition condition) {
        String words = WORDS.conditions().get(condition.code());
        if (condition.parameters() != null) {
            for (var parameter : condition.parameters().entrySet()) {
                words = words.replace("{" + parameter.getKey() + "}", String.valueOf(parameter.getValue()));
            }
        }
        return words;
    }

    private static String modality(Modality modality) {
        return WORDS.modalities().get(modality);
    }

    private static String outcome(Outcome outcome) {
        return WORDS.outcomes().get(outcome);
    }

    private static String frequency(MigraineProfile.Frequency frequency) {
        return WORDS.frequencies().get(frequency);
    }

    private static String resistance(MigraineProfile.TreatmentResistance resistance) {
        return WORDS.treatmentResistances().get(resistance);
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Backslash-escapes what GitHub-flavoured Markdown gives a meaning to inside a line (emphasis, code, links, HTML,
     * tables, strikethrough), a list marker at the start, and folds line breaks, so a text stays one plain line.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_{}[]<>#|~".indexOf(c) >= 0 || (i == 0 && (c == '-' || c == '+'))) {
                out.append('\\');
            }
            out.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return out.toString();
    }

    /** A URL inside a Markdown link destination: spaces and parentheses percent-encoded so the link cannot end early. */
    static String url(String url) {
        return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E");
    }
}
