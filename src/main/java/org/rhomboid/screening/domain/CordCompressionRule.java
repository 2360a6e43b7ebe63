package org.rhomboid.screening.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Thoracic pain with a failing cord (weak or numb legs, a worsening deficit, gait change, UMN signs, a sensory
 * level, or a fall with any of these) needs emergency imaging. Band-like pain or pain worse lying flat are early
 * features of cord compression on their own: treat, but re-check neurology at every visit.
 */
final class CordCompressionRule implements ConcernRule {

    private static final Set<Finding> EARLY = EnumSet.of(Finding.BAND_LIKE_TRUNK_PAIN, Finding.PAIN_WORSE_LYING_FLAT);

    @Override
    public Optional<Concern> assess(Presentation p) {
        if (p.hasAny(NeurologicalSigns.CORD)) {
            Set<Finding> cited = EnumSet.copyOf(NeurologicalSigns.CORD);
            cited.addAll(EARLY);
            cited.add(Finding.FALLS);
            cited.add(Finding.BOWEL_OR_BLADDER_CHANGE);
            return ConcernRule.concern(Condition.SPINAL_CORD_COMPRESSION, Disposition.EMERGENCY_REFERRAL, p, cited,
                    "Neurological signs in the legs with thoracic pain suggest spinal cord compression: "
                            + "emergency MRI the same day.", Sources.BRIEF);
        }
        if (p.hasAny(EARLY) && !p.has(Finding.HISTORY_OF_CANCER)) {
            return ConcernRule.concern(Condition.SPINAL_CORD_COMPRESSION, Disposition.TREAT_WITH_MONITORING, p, EARLY,
                    "Band-like pain or pain worse lying flat can be an early sign of cord compression: "
                            + "check leg strength, sensation and reflexes at every visit.", Sources.MSCC);
        }
        return Optional.empty();
    }
}
