package org.rhomboid.screening.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Biliary, pancreatic and ulcer pain refers to the thoracic spine; jaundice makes it an emergency. */
final class GastrointestinalRule implements ConcernRule {

    private static final Set<Finding> CITED = EnumSet.of(Finding.JAUNDICE_OR_DARK_URINE, Finding.PAIN_RELATED_TO_EATING,
            Finding.FEVER, Finding.PAIN_NOT_MECHANICAL, Finding.AUTONOMIC_SYMPTOMS);

    @Override
    public Optional<Concern> assess(Presentation p) {
        if (p.has(Finding.JAUNDICE_OR_DARK_URINE)) {
            return ConcernRule.concern(Condition.GASTROINTESTINAL, Disposition.EMERGENCY_REFERRAL, p, CITED,
                    "Jaundice or very dark urine with back pain suggests biliary or pancreatic disease: "
                            + "same-day emergency assessment.", Sources.BILIARY);
        }
        if (p.has(Finding.PAIN_RELATED_TO_EATING)) {
            boolean visceral = p.has(Finding.PAIN_NOT_MECHANICAL) || p.has(Finding.AUTONOMIC_SYMPTOMS)
                    || p.has(Finding.FEVER);
            return ConcernRule.concern(Condition.GASTROINTESTINAL,
                    visceral ? Disposition.URGENT_REFERRAL : Disposition.ROUTINE_REFERRAL, p, CITED,
                    "Pain linked to eating" + (visceral ? " that does not behave mechanically" : "")
                            + " may come from the gallbladder, pancreas or stomach: medical review.", Sources.BILIARY);
        }
        return Optional.empty();
    }
}
