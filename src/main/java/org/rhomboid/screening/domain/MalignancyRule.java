package org.rhomboid.screening.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Cancer history is the strongest single flag, and about 70% of spinal metastases are thoracic: with thoracic
 * pain it warrants urgent review. Without it, one weak flag (weight loss, night pain, no relief from rest, no
 * improvement in a month, feeling unwell) calls for monitoring; two or more together for urgent review.
 */
final class MalignancyRule implements ConcernRule {

    static final Set<Finding> FEATURES = EnumSet.of(Finding.UNEXPLAINED_WEIGHT_LOSS, Finding.NIGHT_PAIN_UNRELENTING,
            Finding.PAIN_NOT_RELIEVED_BY_REST, Finding.NO_IMPROVEMENT_AFTER_4_WEEKS, Finding.SYSTEMICALLY_UNWELL);
    private static final Set<Finding> WITH_HISTORY;

    static {
        EnumSet<Finding> cited = EnumSet.copyOf(FEATURES);
        cited.add(Finding.HISTORY_OF_CANCER);
        cited.add(Finding.BAND_LIKE_TRUNK_PAIN);
        cited.add(Finding.PAIN_WORSE_LYING_FLAT);
        WITH_HISTORY = cited;
    }

    @Override
    public Optional<Concern> assess(Presentation p) {
        if (p.has(Finding.HISTORY_OF_CANCER)) {
            return ConcernRule.concern(Condition.SPINAL_MALIGNANCY, Disposition.URGENT_REFERRAL, p, WITH_HISTORY,
                    "Thoracic pain after cancer may be spinal metastasis (most spinal metastases are thoracic): "
                            + "urgent medical review and imaging before treatment.", Sources.MALIGNANCY);
        }
        int features = p.count(FEATURES);
        if (features >= 2) {
            return ConcernRule.concern(Condition.SPINAL_MALIGNANCY, Disposition.URGENT_REFERRAL, p, FEATURES,
                    "Several features of serious pathology together (" + features + "): urgent medical review "
                            + "and imaging before treatment.", Sources.IFOMPT);
        }
        if (features == 1) {
            return ConcernRule.concern(Condition.SPINAL_MALIGNANCY, Disposition.TREAT_WITH_MONITORING, p, FEATURES,
                    "A single red flag is weak evidence on its own: treat with safety-netting and re-screen; "
                            + "refer if another appears or there is no improvement."
                            + (p.age() >= 50 ? " Age over 50 adds to the concern." : ""), Sources.IFOMPT);
        }
        return Optional.empty();
    }
}
