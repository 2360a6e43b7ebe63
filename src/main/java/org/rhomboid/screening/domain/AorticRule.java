package org.rhomboid.screening.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Tearing pain or a pulse deficit is aortic dissection until proven otherwise; unexplained sudden severe pain too. */
final class AorticRule implements ConcernRule {

    private static final Set<Finding> CITED = EnumSet.of(Finding.TEARING_PAIN, Finding.PULSE_DEFICIT,
            Finding.SUDDEN_ONSET_SEVERE_PAIN, Finding.AUTONOMIC_SYMPTOMS, Finding.PAIN_NOT_MECHANICAL);
    private static final Set<Finding> EXPLAINED_BY_INJURY = EnumSet.of(Finding.SIGNIFICANT_TRAUMA,
            Finding.MINOR_TRAUMA, Finding.FALLS);

    @Override
    public Optional<Concern> assess(Presentation p) {
        boolean sudden = p.has(Finding.SUDDEN_ONSET_SEVERE_PAIN);
        if (p.has(Finding.TEARING_PAIN) || p.has(Finding.PULSE_DEFICIT)
                || sudden && (p.has(Finding.AUTONOMIC_SYMPTOMS) || p.has(Finding.PAIN_NOT_MECHANICAL))) {
            return ConcernRule.concern(Condition.AORTIC, Disposition.EMERGENCY_REFERRAL, p, CITED,
                    "Tearing or sudden severe non-mechanical pain, or a weak pulse, may be aortic dissection: "
                            + "call emergency services.", Sources.VISCERAL);
        }
        if (sudden && !p.hasAny(EXPLAINED_BY_INJURY)) {
            return ConcernRule.concern(Condition.AORTIC, Disposition.URGENT_REFERRAL, p, CITED,
                    "Sudden severe thoracic pain without an injury to explain it needs same-day medical "
                            + "assessment.", Sources.VISCERAL);
        }
        return Optional.empty();
    }
}
