package org.rhomboid.plan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rhomboid.intervention.domain.HealthCondition;
import org.rhomboid.intervention.domain.Intervention;

/**
 * The plan of care: diagnoses, interventions, how often and how long, and how the plan is certified.
 *
 * @param interventions each planned intervention with the therapist's note (required for one under caution)
 * @param declaredConditions conditions the therapist adds from the history beyond those screening established
 */
public record PlanOfCare(List<String> diagnoses, int frequencyPerWeek, int durationWeeks, LocalDate startDate,
                         Certification.Method certification, LocalDate signatureReceived, LocalDate verbalOrderOn,
                         LocalDate planSentOn, Map<Intervention, String> interventions,
                         Set<HealthCondition> declaredConditions) {

    public static final int MAX_DIAGNOSES = 12;

    /** The last day of the plan. */
    public LocalDate endDate() {
        return startDate.plusWeeks(durationWeeks).minusDays(1);
    }

    public Certification.Facts certificationFacts() {
        return new Certification.Facts(startDate, durationWeeks, certification, signatureReceived, verbalOrderOn,
                planSentOn);
    }
}
