package org.ketascreen.screening;

import java.util.List;

import org.ketascreen.screening.rules.MigraineProfile;
import org.ketascreen.screening.rules.RuleSet;

/**
 * The outcome of screening one intake: the verdict, the per-modality verdicts, every finding (most
 * severe first), the next steps and the evaluations of every rule behind them.
 */
public record Screening(Verdict verdict, RuleSet ruleSet, MigraineProfile migraine, List<ModalityVerdict> modalities,
                        List<Finding> findings, List<NextStep> nextSteps, List<Evaluation> evaluations) {
}
