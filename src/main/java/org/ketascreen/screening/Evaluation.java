package org.ketascreen.screening;

import org.ketascreen.screening.rules.Result;
import org.ketascreen.screening.rules.Rule;

/** One rule's result for one intake: the full trace behind the findings (audit and tests). */
public record Evaluation(Rule rule, Result result) {
}
