package org.ketascreen.screening;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

import org.ketascreen.intake.Answer;
import org.ketascreen.intake.Intake;
import org.ketascreen.intake.Modality;
import org.ketascreen.screening.rules.MigraineProfile;
import org.ketascreen.screening.rules.Outcome;
import org.ketascreen.screening.rules.Result;
import org.ketascreen.screening.rules.Rule;
import org.ketascreen.screening.rules.RuleSet;
import org.ketascreen.screening.rules.Subject;

/**
 * The pure screening engine: {@code Intake -> Screening}. Stateless and thread-safe; no clock, no I/O.
 *
 * <p>Three steps: (1) evaluate every rule, no short-circuit; (2) the modality step: each requested
 * modality's verdict is the most severe of the patient-level findings and its own findings (LOG-1);
 * (3) the overall verdict is the least severe modality verdict, so a patient who can have at least one
 * requested modality is eligible for it (api-contract §3).
 */
public final class Screener {

    private static final Comparator<Finding> MOST_SEVERE_FIRST = Comparator.comparing(Finding::outcome);

    private final RuleSet ruleSet;

    public Screener(RuleSet ruleSet) {
        this.ruleSet = Objects.requireNonNull(ruleSet);
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** A v1 intake, under rule set 1.1's thresholds. */
    public Screening screen(Intake intake) {
        return screen(Subject.of(intake));
    }

    public Screening screen(Subject subject) {
        List<Rule> rules = ruleSet.rules();
        Result[] results = new Result[rules.size()];
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < results.length; i++) {
            Rule rule = rules.get(i);
            Result result = rule.evaluate(subject);
            results[i] = result;
            if (result instanceof Result.Several several) {
                for (Result.Match match : several.matches()) {
                    findings.add(toFinding(rule, match));
                }
            } else {
                Finding finding = toFinding(rule, result);
                if (finding != null) {
                    findings.add(finding);
                }
            }
        }
        findings.sort(MOST_SEVERE_FIRST); // stable: catalogue order within an outcome

        List<Modality> screened = subject.screened();
        ModalityVerdict[] verdicts = new ModalityVerdict[screened.size()];
        Verdict verdict = Verdict.URGENT_REFERRAL;
        for (int i = 0; i < verdicts.length; i++) {
            Modality modality = screened.get(i);
            verdicts[i] = new ModalityVerdict(modality, verdictFor(modality, findings),
                    subject.v2() == null ? ModalityCondition.of(modality) : ModalityCondition.of(modality, subject.v2()));
            verdict = Verdict.lessSevere(verdict, verdicts[i].verdict());
        }
        List<ModalityVerdict> modalities = List.of(verdicts);
        List<Evaluation> evaluations = new Evaluations(rules, results);
        boolean recordsRequested = subject.v2() != null && subject.v2().referral().recordsConsent() == Answer.YES;
        return new Screening(verdict, ruleSet, MigraineProfile.of(subject.v1()), modalities, List.copyOf(findings),
                NextSteps.of(verdict, evaluations, modalities, recordsRequested), evaluations);
    }

    /**
     * The trace of every rule, as a read-only view over the rules and their results: the Evaluation
     * records are made only when someone reads them (tests, audits), not for every request.
     */
    private static final class Evaluations extends AbstractList<Evaluation> implements RandomAccess {
        private final List<Rule> rules;
        private final Result[] results;

        Evaluations(List<Rule> rules, Result[] results) {
            this.rules = rules;
            this.results = results;
        }

        @Override
        public Evaluation get(int index) {
            return new Evaluation(rules.get(index), results[index]);
        }

        @Override
        public int size() {
            return results.length;
        }
    }

    /** Verdict precedence: the most severe outcome among the findings that apply; none is ELIGIBLE. */
    static Verdict verdictFor(Modality modality, List<Finding> findings) {
        Verdict verdict = Verdict.ELIGIBLE;
        for (Finding finding : findings) {
            if (finding.appliesTo(modality)) {
                verdict = Verdict.moreSevere(verdict, Verdict.of(finding.outcome()));
            }
        }
        return verdict;
    }

    private static Finding toFinding(Rule rule, Result result) {
        if (result instanceof Result.Match match) {
            return new Finding(rule.id(), match.outcome(), rule.category(), match.message(),
                    match.fields() == null ? rule.fields() : match.fields(), rule.source(), match.modalities());
        }
        if (result instanceof Result.Unknown unknown) {
            return new Finding(rule.id(), Outcome.NEEDS_REVIEW, rule.category(), unknown.message(),
                    unknown.fields() == null ? rule.fields() : unknown.fields(), rule.source(), null);
        }
        return null; // NoMatch or Satisfied: nothing to report
    }
}
