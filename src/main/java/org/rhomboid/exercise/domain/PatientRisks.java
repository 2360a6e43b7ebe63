package org.rhomboid.exercise.domain;

import java.util.Set;
import org.rhomboid.intervention.domain.HealthCondition;
import org.rhomboid.screening.domain.Condition;
import org.rhomboid.screening.domain.PrecautionCode;

/**
 * What the chart knows that limits home exercise: conditions screening suspects enough to refer (a suspected
 * fracture counts as a fracture until excluded), conditions it only watches for (risk factors, treated with
 * monitoring), the screening's precautions, the health conditions from history and examination, and whether
 * screening calls for urgent medical referral before any treatment.
 */
public record PatientRisks(Set<Condition> suspected, Set<Condition> watched, Set<PrecautionCode> precautions,
                           Set<HealthCondition> conditions, boolean urgentReferral) {

    public static final PatientRisks NONE = new PatientRisks(Set.of(), Set.of(), Set.of(), Set.of(), false);

    public PatientRisks(Set<Condition> suspected, Set<PrecautionCode> precautions, Set<HealthCondition> conditions,
                        boolean urgentReferral) {
        this(suspected, Set.of(), precautions, conditions, urgentReferral);
    }

    public PatientRisks {
        suspected = Set.copyOf(suspected);
        watched = Set.copyOf(watched);
        precautions = Set.copyOf(precautions);
        conditions = Set.copyOf(conditions);
    }

    Set<String> triggers() {
        java.util.Set<String> triggers = new java.util.HashSet<>();
        suspected.forEach(c -> triggers.add("SUSPECTED:" + c.name()));
        watched.forEach(c -> triggers.add("WATCHED:" + c.name()));
        precautions.forEach(p -> triggers.add("PRECAUTION:" + p.name()));
        conditions.forEach(c -> triggers.add("CONDITION:" + c.name()));
        if (urgentReferral) {
            triggers.add("REFERRAL");
        }
        return triggers;
    }
}
