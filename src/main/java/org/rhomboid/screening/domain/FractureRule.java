package org.rhomboid.screening.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Vertebral fracture: traumatic after significant trauma, osteoporotic when bone is fragile. A woman over 50
 * without significant trauma always has osteoporotic compression fracture raised as a possibility.
 */
final class FractureRule implements ConcernRule {

    static final Set<Finding> FRAGILITY = EnumSet.of(Finding.OSTEOPOROSIS, Finding.LONG_TERM_CORTICOSTEROIDS,
            Finding.PREVIOUS_FRAGILITY_FRACTURE, Finding.HEIGHT_LOSS);
    private static final Set<Finding> TRIGGERS = EnumSet.of(Finding.MINOR_TRAUMA, Finding.FALLS,
            Finding.SUDDEN_ONSET_SEVERE_PAIN);
    private static final Set<Finding> CITED;

    static {
        EnumSet<Finding> cited = EnumSet.copyOf(FRAGILITY);
        cited.addAll(TRIGGERS);
        cited.add(Finding.SIGNIFICANT_TRAUMA);
        cited.addAll(NeurologicalSigns.CORD);
        CITED = cited;
    }

    @Override
    public Optional<Concern> assess(Presentation p) {
        if (p.has(Finding.SIGNIFICANT_TRAUMA)) {
            boolean neurological = p.hasAny(NeurologicalSigns.ANY);
            return ConcernRule.concern(Condition.VERTEBRAL_FRACTURE,
                    neurological ? Disposition.EMERGENCY_REFERRAL : Disposition.URGENT_REFERRAL, p, CITED,
                    neurological ? "Significant trauma with neurological signs: possible unstable fracture, "
                                   + "emergency imaging."
                                 : "Significant trauma: fracture must be excluded by imaging before treatment.",
                    Sources.TRAUMA);
        }
        boolean atRiskProfile = p.age() >= 75 || p.sex() == Sex.FEMALE && p.age() > 50;
        int fragility = p.count(FRAGILITY);
        boolean trigger = p.hasAny(TRIGGERS);
        if (trigger && (fragility > 0 || atRiskProfile)) {
            return ConcernRule.concern(Condition.VERTEBRAL_FRACTURE, Disposition.URGENT_REFERRAL, p, CITED,
                    "Fragile bone" + (atRiskProfile ? " or an at-risk age" : "") + " with a fall, minor trauma or "
                            + "sudden severe pain: possible osteoporotic compression fracture, imaging before "
                            + "treatment.", Sources.VCF);
        }
        if (p.has(Finding.FALLS)) {
            return ConcernRule.concern(Condition.VERTEBRAL_FRACTURE, Disposition.ROUTINE_REFERRAL, p, CITED,
                    "A recent fall with thoracic pain: ask the physician to consider imaging for fracture.",
                    Sources.BRIEF);
        }
        if (fragility >= 2 || fragility == 1 && atRiskProfile) {
            return ConcernRule.concern(Condition.VERTEBRAL_FRACTURE, Disposition.ROUTINE_REFERRAL, p, CITED,
                    "Several fracture risk factors: a compression fracture can occur without trauma; ask the "
                            + "physician about vertebral fracture assessment.", Sources.VCF);
        }
        if (fragility == 1 || atRiskProfile) {
            return ConcernRule.concern(Condition.VERTEBRAL_FRACTURE, Disposition.TREAT_WITH_MONITORING, p, CITED,
                    (p.sex() == Sex.FEMALE && p.age() > 50 ? "Woman over 50" : "A fracture risk factor")
                            + " without significant trauma: osteoporotic compression fracture is a possibility; "
                            + "avoid thrust techniques and refer if pain is severe or unchanged.", Sources.VCF);
        }
        return Optional.empty();
    }
}
