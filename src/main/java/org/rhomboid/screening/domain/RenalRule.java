package org.rhomboid.screening.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Flank pain with urinary symptoms: kidney stone or infection; septic if fever and unwell. */
final class RenalRule implements ConcernRule {

    private static final Set<Finding> CITED = EnumSet.of(Finding.URINARY_SYMPTOMS, Finding.FEVER,
            Finding.SYSTEMICALLY_UNWELL);

    @Override
    public Optional<Concern> assess(Presentation p) {
        if (!p.has(Finding.URINARY_SYMPTOMS)) {
            return Optional.empty();
        }
        if (p.has(Finding.FEVER)) {
            boolean septic = p.has(Finding.SYSTEMICALLY_UNWELL);
            return ConcernRule.concern(Condition.RENAL,
                    septic ? Disposition.EMERGENCY_REFERRAL : Disposition.URGENT_REFERRAL, p, CITED,
                    "Urinary symptoms with fever" + (septic ? " and feeling unwell: possible urosepsis, emergency."
                                                            : ": possible kidney infection, same-day medical review."),
                    Sources.VISCERAL);
        }
        return ConcernRule.concern(Condition.RENAL, Disposition.ROUTINE_REFERRAL, p, CITED,
                "Urinary symptoms with back pain may be renal: medical review.", Sources.VISCERAL);
    }
}
