package org.rhomboid.screening.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Breathlessness with pleuritic or sudden pain (embolism, pneumothorax); pleuritic pain with fever. */
final class PulmonaryRule implements ConcernRule {

    private static final Set<Finding> CITED = EnumSet.of(Finding.SHORTNESS_OF_BREATH, Finding.PLEURITIC_PAIN,
            Finding.SUDDEN_ONSET_SEVERE_PAIN, Finding.FEVER);

    @Override
    public Optional<Concern> assess(Presentation p) {
        boolean breathless = p.has(Finding.SHORTNESS_OF_BREATH);
        boolean pleuritic = p.has(Finding.PLEURITIC_PAIN);
        if (breathless && (pleuritic || p.has(Finding.SUDDEN_ONSET_SEVERE_PAIN))) {
            return ConcernRule.concern(Condition.PULMONARY, Disposition.EMERGENCY_REFERRAL, p, CITED,
                    "Breathlessness with pleuritic or sudden pain may be a pulmonary embolism or pneumothorax: "
                            + "call emergency services.", Sources.VISCERAL);
        }
        if (breathless || pleuritic && p.has(Finding.FEVER)) {
            return ConcernRule.concern(Condition.PULMONARY, Disposition.URGENT_REFERRAL, p, CITED,
                    breathless ? "Unexplained breathlessness with thoracic pain needs medical assessment first."
                               : "Pleuritic pain with fever may be pneumonia or pleurisy: medical assessment first.",
                    Sources.VISCERAL);
        }
        if (pleuritic) {
            return ConcernRule.concern(Condition.PULMONARY, Disposition.TREAT_WITH_MONITORING, p, CITED,
                    "Pain on deep breathing is often from the ribs, but can be pleural: refer if breathlessness, "
                            + "fever or cough appear.", Sources.VISCERAL);
        }
        return Optional.empty();
    }
}
