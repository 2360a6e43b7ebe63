package org.rhomboid.intervention.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.rhomboid.screening.domain.Finding;

/**
 * The health conditions a patient's screening findings establish, so intervention safety never depends on the
 * therapist re-entering what the intake or the examination already recorded. Where a finding only suggests a
 * condition (a recent spinal procedure may have left an unhealed site), the safer reading is taken.
 * Source: MANIP-CONTRA, EPA-CONTRA, DN-THORAX in docs/clinical-sources.md.
 */
public final class HealthConditions {

    private static final Map<Finding, HealthCondition> FROM_FINDING = new EnumMap<>(Map.ofEntries(
            Map.entry(Finding.OSTEOPOROSIS, HealthCondition.OSTEOPOROSIS),
            Map.entry(Finding.PREVIOUS_FRAGILITY_FRACTURE, HealthCondition.OSTEOPOROSIS),
            Map.entry(Finding.LONG_TERM_CORTICOSTEROIDS, HealthCondition.LONG_TERM_CORTICOSTEROIDS),
            Map.entry(Finding.HISTORY_OF_CANCER, HealthCondition.MALIGNANCY),
            Map.entry(Finding.ANTICOAGULANTS, HealthCondition.ANTICOAGULATION),
            Map.entry(Finding.PREGNANCY, HealthCondition.PREGNANCY),
            Map.entry(Finding.PACEMAKER_OR_IMPLANTED_DEVICE, HealthCondition.PACEMAKER),
            Map.entry(Finding.IMPAIRED_SENSATION, HealthCondition.IMPAIRED_SENSATION),
            Map.entry(Finding.IMMUNOSUPPRESSION, HealthCondition.IMMUNOSUPPRESSION),
            Map.entry(Finding.RECENT_SPINAL_PROCEDURE, HealthCondition.UNHEALED_SURGICAL_SITE),
            Map.entry(Finding.UPPER_MOTOR_NEURON_SIGNS, HealthCondition.MYELOPATHY),
            Map.entry(Finding.SENSORY_LEVEL_ON_TRUNK, HealthCondition.MYELOPATHY),
            Map.entry(Finding.PROGRESSIVE_NEUROLOGICAL_DEFICIT, HealthCondition.NEUROLOGICAL_COMPROMISE),
            Map.entry(Finding.LEG_WEAKNESS_OR_NUMBNESS, HealthCondition.NEUROLOGICAL_COMPROMISE)));

    private HealthConditions() {
    }

    public static Set<HealthCondition> from(Collection<Finding> findings) {
        Set<HealthCondition> conditions = EnumSet.noneOf(HealthCondition.class);
        for (Finding finding : findings) {
            HealthCondition condition = FROM_FINDING.get(finding);
            if (condition != null) {
                conditions.add(condition);
            }
        }
        return conditions;
    }
}
