package org.rhomboid.screening.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Interscapular or thoracic pain brought on by exertion, with breathlessness or autonomic signs: the heart. */
final class CardiacRule implements ConcernRule {

    private static final Set<Finding> CITED = EnumSet.of(Finding.EXERTIONAL_PAIN, Finding.SHORTNESS_OF_BREATH,
            Finding.AUTONOMIC_SYMPTOMS, Finding.PAIN_NOT_MECHANICAL);

    @Override
    public Optional<Concern> assess(Presentation p) {
        boolean exertional = p.has(Finding.EXERTIONAL_PAIN);
        boolean accompanied = p.has(Finding.SHORTNESS_OF_BREATH) || p.has(Finding.AUTONOMIC_SYMPTOMS);
        if (exertional && accompanied) {
            return ConcernRule.concern(Condition.CARDIAC, Disposition.EMERGENCY_REFERRAL, p, CITED,
                    "Exertional pain with breathlessness or sweating/nausea may be cardiac ischaemia: call "
                            + "emergency services.", Sources.VISCERAL);
        }
        if (exertional || p.has(Finding.AUTONOMIC_SYMPTOMS) && p.has(Finding.PAIN_NOT_MECHANICAL)) {
            return ConcernRule.concern(Condition.CARDIAC, Disposition.URGENT_REFERRAL, p, CITED,
                    "Pain that follows exertion, or non-mechanical pain with autonomic signs, needs a cardiac "
                            + "cause excluded before treatment.", Sources.VISCERAL);
        }
        return Optional.empty();
    }
}
