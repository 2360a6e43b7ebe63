package org.rhomboid.evaluation.domain;

import java.util.List;
import org.rhomboid.billing.domain.EvaluationComplexity;
import org.rhomboid.reasoning.domain.Classification;

/**
 * The therapist's assessment: the classifications they accept (from the proposals or their own judgement), the
 * prognosis, a short narrative, and what evaluation complexity needs that the chart can't know by itself.
 *
 * @param personalFactors personal factors and comorbidities that affect the plan of care (AMA-EVAL)
 */
public record Assessment(List<Classification> classifications, Prognosis prognosis, String narrative,
                         EvaluationComplexity.Presentation presentation, EvaluationComplexity.Level decisionMaking,
                         int personalFactors) {

    public static final int NARRATIVE_LIMIT = 4000;

    public enum Prognosis {
        GOOD("Good"), FAIR("Fair"), POOR("Poor");
        private final String label;
        Prognosis(String label) { this.label = label; }
        public String label() { return label; }
    }
}
