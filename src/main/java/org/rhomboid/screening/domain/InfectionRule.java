package org.rhomboid.screening.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Spinal infection: fever with a risk factor (IV drug use, immunosuppression, diabetes, recent infection or
 * spinal procedure, tuberculosis) needs same-day medical assessment; with neurological signs, emergency.
 */
final class InfectionRule implements ConcernRule {

    private static final Set<Finding> RISKS = EnumSet.of(Finding.IV_DRUG_USE, Finding.IMMUNOSUPPRESSION,
            Finding.DIABETES, Finding.RECENT_INFECTION, Finding.RECENT_SPINAL_PROCEDURE,
            Finding.HISTORY_OF_TUBERCULOSIS);
    /** Diabetes is too common to raise a spinal-infection concern on its own. */
    private static final Set<Finding> STRONG_RISKS = EnumSet.of(Finding.IV_DRUG_USE, Finding.IMMUNOSUPPRESSION,
            Finding.RECENT_SPINAL_PROCEDURE, Finding.HISTORY_OF_TUBERCULOSIS, Finding.RECENT_INFECTION);
    private static final Set<Finding> CITED;

    static {
        EnumSet<Finding> cited = EnumSet.copyOf(RISKS);
        cited.add(Finding.FEVER);
        cited.add(Finding.SYSTEMICALLY_UNWELL);
        cited.addAll(NeurologicalSigns.ANY);
        CITED = cited;
    }

    @Override
    public Optional<Concern> assess(Presentation p) {
        boolean fever = p.has(Finding.FEVER);
        boolean risk = p.hasAny(RISKS);
        if (fever && (risk || p.has(Finding.SYSTEMICALLY_UNWELL))) {
            boolean neurological = p.hasAny(NeurologicalSigns.ANY);
            return ConcernRule.concern(Condition.SPINAL_INFECTION,
                    neurological ? Disposition.EMERGENCY_REFERRAL : Disposition.URGENT_REFERRAL, p, CITED,
                    "Fever with spinal pain and " + (risk ? "a risk factor for infection" : "feeling unwell")
                            + (neurological ? " and neurological signs: possible epidural abscess, emergency."
                                            : ": possible spinal infection, same-day medical assessment."),
                    Sources.INFECTION);
        }
        if (fever) {
            return ConcernRule.concern(Condition.SPINAL_INFECTION, Disposition.ROUTINE_REFERRAL, p, CITED,
                    "Fever with spinal pain is a red flag for infection: medical review.", Sources.INFECTION);
        }
        if (p.hasAny(STRONG_RISKS)) {
            return ConcernRule.concern(Condition.SPINAL_INFECTION, Disposition.TREAT_WITH_MONITORING, p, CITED,
                    "A risk factor for spinal infection without fever: ask about fever and feeling unwell at "
                            + "each visit.", Sources.INFECTION);
        }
        return Optional.empty();
    }
}
