package org.rhomboid.plan;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.rhomboid.intervention.domain.HealthCondition;
import org.rhomboid.intervention.domain.Intervention;
import org.rhomboid.intervention.domain.InterventionSafety;
import org.rhomboid.screening.domain.PrecautionCode;

/**
 * What limits this patient's interventions: the latest screening's precautions and the conditions the chart
 * establishes (intake, checklist and structured exam findings), plus any the therapist declares on the plan.
 */
public record SafetyContext(List<PrecautionCode> precautions, Set<HealthCondition> established) {

    public List<InterventionSafety.Verdict> verdicts(Collection<Intervention> interventions,
                                                     Set<HealthCondition> declared) {
        Set<HealthCondition> all = EnumSet.noneOf(HealthCondition.class);
        all.addAll(established);
        all.addAll(declared);
        return InterventionSafety.check(interventions, precautions, all);
    }
}
