package org.rhomboid.fhir.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.rhomboid.fhir.FhirProfiles;
import org.rhomboid.fhir.FhirSystems;
import org.rhomboid.goal.domain.GoalStatus;
import org.rhomboid.goal.domain.Instrument;

/** A SMART goal as a US Core Goal. */
final class GoalMapping {

    static final String ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";
    static final String INSTRUMENT = FhirSystems.RHOMBOID + "goal-instrument";

    record SmartGoal(UUID id, UUID patientId, UUID createdBy, String activity, Instrument instrument,
                     BigDecimal baseline, BigDecimal target, LocalDate deadline, String participation, String term,
                     GoalStatus status, LocalDate startDate) {
    }

    private GoalMapping() {
    }

    /**
     * Progressing is active; met and not met are completed (achieved or not); discontinued is cancelled; a modified
     * goal was replaced by the therapist's new wording, so this one is cancelled too.
     */
    static Goal.GoalLifecycleStatus lifecycle(GoalStatus status) {
        return switch (status) {
            case PROGRESSING -> Goal.GoalLifecycleStatus.ACTIVE;
            case MET, NOT_MET -> Goal.GoalLifecycleStatus.COMPLETED;
            case MODIFIED, DISCONTINUED -> Goal.GoalLifecycleStatus.CANCELLED;
        };
    }

    static String achievement(GoalStatus status) {
        return switch (status) {
            case PROGRESSING -> "in-progress";
            case MET -> "achieved";
            case NOT_MET, DISCONTINUED -> "not-achieved";
            case MODIFIED -> "not-attainable";
        };
    }

    private static String achievementDisplay(GoalStatus status) {
        return switch (status) {
            case PROGRESSING -> "In Progress";
            case MET -> "Achieved";
            case NOT_MET, DISCONTINUED -> "Not Achieved";
            case MODIFIED -> "Not Attainable";
        };
    }

    static Goal toFhir(SmartGoal goal) {
        Goal resource = new Goal();
        resource.setId(goal.id().toString());
        resource.getMeta().addProfile(FhirProfiles.GOAL);
        resource.setLifecycleStatus(lifecycle(goal.status()));
        resource.setAchievementStatus(new CodeableConcept(new Coding(ACHIEVEMENT, achievement(goal.status()),
                achievementDisplay(goal.status()))));
        String unit = goal.instrument().unit().strip();
        resource.setDescription(new CodeableConcept().setText(goal.activity() + ": " + goal.instrument().label()
                + " from " + plain(goal.baseline()) + unit + " to " + plain(goal.target()) + unit + " by "
                + goal.deadline() + ", to " + goal.participation()));
        resource.setSubject(new Reference("Patient/" + goal.patientId()));
        resource.setStart(new DateType(goal.startDate().toString()));
        resource.setExpressedBy(new Reference("Practitioner/" + goal.createdBy()));
        resource.addCategory(new CodeableConcept().setText(goal.term().equals("SHORT_TERM") ? "Short-term goal"
                                                           : "Long-term goal"));
        Goal.GoalTargetComponent target = resource.addTarget();
        target.setMeasure(measure(goal.instrument()));
        target.setDetail(quantity(goal.instrument(), goal.target()));
        target.setDue(new DateType(goal.deadline().toString()));
        return resource;
    }

    /**
     * The instrument's score code: LOINC where docs/clinical-sources.md (OUTCOME-LOINC) names one for the score
     * (NPRS 72514-3, ODI 97909-6, NDI 82237-9), else Rhomboid's instrument code with its name.
     */
    static CodeableConcept measure(Instrument instrument) {
        CodeableConcept measure = new CodeableConcept().setText(instrument.label());
        switch (instrument) {
            case NPRS -> measure.addCoding(new Coding(FhirSystems.LOINC, "72514-3",
                    "Pain severity - 0-10 verbal numeric rating [Score] - Reported"));
            case ODI -> measure.addCoding(new Coding(FhirSystems.LOINC, "97909-6", "Oswestry disability index score ODI"));
            case NDI -> measure.addCoding(new Coding(FhirSystems.LOINC, "82237-9", "Total score [NDI]"));
            default -> measure.addCoding(new Coding(INSTRUMENT, instrument.name().toLowerCase(java.util.Locale.ROOT),
                    instrument.label()));
        }
        return measure;
    }

    private static Quantity quantity(Instrument instrument, BigDecimal value) {
        Quantity quantity = new Quantity().setValue(value).setSystem(FhirSystems.UCUM);
        return switch (instrument) {
            case NPRS, PSFS -> quantity.setCode("{score}").setUnit("score");
            case NDI, ODI, FRI -> quantity.setCode("%").setUnit("%");
            case ROM -> quantity.setCode("deg").setUnit("°");
            case TIME -> quantity.setCode("s").setUnit("s");
        };
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
