package org.rhomboid.fhir.careplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Timing;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;
import org.rhomboid.fhir.FhirProfiles;
import org.rhomboid.fhir.FhirSystems;

/** A plan of care as a US Core CarePlan (assess-plan), its goals and its home exercise programme. */
final class CarePlanMapping {

    static final String CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/careplan-category";
    static final String EXERCISE = FhirSystems.RHOMBOID + "exercise";

    record Plan(UUID id, UUID patientId, UUID episodeId, String episodeStatus, LocalDate start, int weeks,
                int perWeek, List<String> diagnoses, List<UUID> goals, List<Exercise> exercises) {
    }

    record Exercise(String code, String name, int sets, Integer reps, Integer holdSeconds, Integer minutes,
                    int timesPerDay, int daysPerWeek, String instructions) {
        String dosage() {
            StringBuilder s = new StringBuilder().append(sets).append(sets == 1 ? " set" : " sets");
            if (reps != null) {
                s.append(" of ").append(reps);
            }
            if (holdSeconds != null) {
                s.append(", hold ").append(holdSeconds).append(" s");
            }
            if (minutes != null) {
                s.append(", ").append(minutes).append(" min");
            }
            return s.append(", ").append(timesPerDay).append("× a day, ").append(daysPerWeek).append(" days a week")
                    .toString();
        }
    }

    private CarePlanMapping() {
    }

    static CarePlan toFhir(Plan plan) {
        CarePlan resource = new CarePlan();
        resource.setId(plan.id().toString());
        resource.getMeta().addProfile(FhirProfiles.CARE_PLAN);
        resource.setStatus(switch (plan.episodeStatus()) {
            case "OPEN" -> CarePlan.CarePlanStatus.ACTIVE;
            case "ON_HOLD" -> CarePlan.CarePlanStatus.ONHOLD;
            default -> CarePlan.CarePlanStatus.COMPLETED;
        });
        resource.setIntent(CarePlan.CarePlanIntent.PLAN);
        resource.addCategory(new CodeableConcept(new Coding(CATEGORY, "assess-plan", "Assessment and Plan of Treatment")));
        resource.setTitle("Physical therapy plan of care");
        resource.setSubject(new Reference("Patient/" + plan.patientId()));
        LocalDate end = plan.start().plusWeeks(plan.weeks()).minusDays(1);
        resource.setPeriod(new Period().setStartElement(new DateTimeType(plan.start().toString()))
                .setEndElement(new DateTimeType(end.toString())));
        plan.goals().forEach(goal -> resource.addGoal(new Reference("Goal/" + goal)));
        CarePlan.CarePlanActivityDetailComponent visits = resource.addActivity().getDetail();
        visits.setKind(CarePlan.CarePlanActivityKind.APPOINTMENT)
                .setCode(new CodeableConcept().setText("Physical therapy visits"))
                .setStatus(plan.episodeStatus().equals("DISCHARGED") ? CarePlan.CarePlanActivityStatus.COMPLETED
                           : CarePlan.CarePlanActivityStatus.INPROGRESS)
                .setScheduled(new Timing().setRepeat(new Timing.TimingRepeatComponent().setFrequency(plan.perWeek())
                        .setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.WK)));
        for (Exercise exercise : plan.exercises()) {
            resource.addActivity().getDetail()
                    .setCode(new CodeableConcept(new Coding(EXERCISE, exercise.code(), exercise.name()))
                            .setText(exercise.name()))
                    .setDescription(exercise.instructions() == null ? exercise.dosage()
                                    : exercise.dosage() + ". " + exercise.instructions())
                    .setStatus(plan.episodeStatus().equals("DISCHARGED") ? CarePlan.CarePlanActivityStatus.COMPLETED
                               : CarePlan.CarePlanActivityStatus.INPROGRESS)
                    .setScheduled(new Timing().setRepeat(new Timing.TimingRepeatComponent()
                            .setFrequency(exercise.timesPerDay()).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D))
                            .setCode(new CodeableConcept().setText(exercise.daysPerWeek() + " days a week")));
        }
        resource.setText(narrative(plan, end));
        return resource;
    }

    /** The generated narrative US Core requires: what the structured content says, in words. */
    private static Narrative narrative(Plan plan, LocalDate end) {
        XhtmlNode div = new XhtmlNode(org.hl7.fhir.utilities.xhtml.NodeType.Element, "div");
        div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
        div.addTag("p").addText("Physical therapy plan of care, " + plan.start() + " to " + end + ": "
                + plan.perWeek() + " visits a week for " + plan.weeks() + " weeks.");
        if (!plan.diagnoses().isEmpty()) {
            div.addTag("p").addText("Diagnoses (ICD-10-CM): " + String.join(", ", plan.diagnoses()) + ".");
        }
        if (!plan.exercises().isEmpty()) {
            XhtmlNode list = div.addTag("ul");
            plan.exercises().forEach(e -> list.addTag("li").addText(e.name() + ": " + e.dosage()));
        }
        return new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED).setDiv(div);
    }
}
