package org.rhomboid.screening.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Bladder, bowel or saddle change: cauda equina until proven otherwise. */
final class CaudaEquinaRule implements ConcernRule {

    private static final Set<Finding> SIGNS = EnumSet.of(Finding.BOWEL_OR_BLADDER_CHANGE, Finding.SADDLE_ANESTHESIA,
            Finding.BILATERAL_LEG_SYMPTOMS, Finding.LEG_WEAKNESS_OR_NUMBNESS);

    @Override
    public Optional<Concern> assess(Presentation p) {
        if (p.has(Finding.BOWEL_OR_BLADDER_CHANGE) || p.has(Finding.SADDLE_ANESTHESIA)) {
            return ConcernRule.concern(Condition.CAUDA_EQUINA, Disposition.EMERGENCY_REFERRAL, p, SIGNS,
                    "Bladder, bowel or saddle sensory change can mean cauda equina or cord compression: "
                            + "emergency imaging within hours.", Sources.CES);
        }
        return Optional.empty();
    }
}
