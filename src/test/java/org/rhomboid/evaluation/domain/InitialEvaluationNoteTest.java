package org.rhomboid.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rhomboid.billing.domain.EvaluationComplexity;
import org.rhomboid.evaluation.domain.InitialEvaluationNote.Section;
import org.rhomboid.exam.domain.ExamNarrative;
import org.rhomboid.goal.domain.Instrument;
import org.rhomboid.goal.domain.SmartGoal;
import org.rhomboid.intake.domain.BodyRegion;
import org.rhomboid.intake.domain.Choices.Aggravator;
import org.rhomboid.intake.domain.Choices.Onset;
import org.rhomboid.intake.domain.IntakeAnswers;
import org.rhomboid.intake.domain.PainType;
import org.rhomboid.intake.domain.TakenBy;
import org.rhomboid.intervention.domain.Intervention;
import org.rhomboid.plan.domain.Certification;
import org.rhomboid.plan.domain.PlanOfCare;
import org.rhomboid.reasoning.domain.Classification;
import org.rhomboid.screening.domain.Concern;
import org.rhomboid.screening.domain.Condition;
import org.rhomboid.screening.domain.Disposition;
import org.rhomboid.screening.domain.Finding;
import org.rhomboid.screening.domain.ScreeningResult;
import org.rhomboid.shared.domain.TestDates;

class InitialEvaluationNoteTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    private static IntakeAnswers intake(String work) {
        Map<BodyRegion, PainType> painMap = new LinkedHashMap<>();
        painMap.put(BodyRegion.INTERSCAPULAR, PainType.ACHING);
        painMap.put(BodyRegion.LEFT_RIB_CHEST_WALL, PainType.SHARP);
        return new IntakeAnswers(painMap, 5, 2, 8, Set.of(), Set.of(), LocalDate.of(2026, 1, 5), Onset.GRADUAL,
                EnumSet.of(Aggravator.PROLONGED_SITTING, Aggravator.TWISTING), "heat and walking", work, "", "",
                List.of(new IntakeAnswers.PsfsItem("Sitting through a workday", 4),
                        new IntakeAnswers.PsfsItem("Lifting my toddler", 5)),
                "", Set.of(), Set.of(), false, false, Map.of(), "Pick up my daughter without pain", "Penicillin (rash).");
    }

    private static PlanOfCare plan() {
        Map<Intervention, String> interventions = new EnumMap<>(Intervention.class);
        interventions.put(Intervention.THORACIC_MOBILIZATION_GRADE_III_IV, " grade III only ");
        interventions.put(Intervention.MOBILITY_EXERCISE, "");
        return new PlanOfCare(List.of("M54.6", "M99.02"), 2, 6, START, Certification.Method.SIGNED_PLAN,
                START.plusDays(3), null, null, interventions, Set.of());
    }

    private static SmartGoal goal(SmartGoal.Term term) {
        return new SmartGoal("sit at the workstation for 60 minutes", Instrument.NPRS, 6.0, 2.0, START.plusWeeks(3),
                "return to full-time desk work", "Sitting through a workday", term);
    }

    private static InitialEvaluationNote.Parts parts(IntakeAnswers intake, ScreeningResult screening, String narrative) {
        PlanOfCare plan = plan();
        return new InitialEvaluationNote.Parts(intake, screening,
                List.of(new ExamNarrative.Section("Palpation", List.of("T5: tenderness 2/3", "T6: spasm")),
                        new ExamNarrative.Section("Special tests", List.of("Pulses: equal"))),
                new Assessment(List.of(Classification.THORACIC_MOBILITY_DEFICIT, Classification.HYPERKYPHOSIS),
                        Assessment.Prognosis.GOOD, narrative, EvaluationComplexity.Presentation.STABLE,
                        EvaluationComplexity.Level.LOW, 0),
                EvaluationComplexity.of(0, 2, EvaluationComplexity.Presentation.STABLE, EvaluationComplexity.Level.LOW),
                plan, List.of(goal(SmartGoal.Term.SHORT_TERM), goal(SmartGoal.Term.LONG_TERM)),
                Certification.assess(plan.certificationFacts(), START.plusDays(5), TestDates.US));
    }

    private static List<String> section(InitialEvaluationNote note, String title) {
        return note.sections().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow().lines();
    }

    @Test
    void aSoapNoteInFourSectionsWithTheEvaluationCode() {
        InitialEvaluationNote note = InitialEvaluationNote.assemble(parts(null, null, ""), TestDates.US);
        assertThat(note.sections()).extracting(Section::title)
                .containsExactly("Subjective", "Objective", "Assessment", "Plan");
        assertThat(note.evaluationCode()).isEqualTo("97161");
        assertThat(note.complexity()).isEqualTo("LOW");
    }

    @Test
    void withoutAnIntakeTheSubjectiveSaysSo() {
        assertThat(section(InitialEvaluationNote.assemble(parts(null, null, ""), TestDates.US), "Subjective"))
                .containsExactly("No patient intake on file.");
    }

    @Test
    void theSubjectiveTellsThePatientsStory() {
        List<String> subjective = section(InitialEvaluationNote.assemble(parts(intake("Software developer"), null, ""), TestDates.US),
                "Subjective");
        assertThat(subjective).hasSize(8);
        assertThat(subjective.subList(0, 3)).containsExactly(
                "Pain (NPRS) now 5/10, best 2/10, worst 8/10.",
                "Location: Between the shoulder blades (aching), Left ribs and chest wall (sharp).",
                "Began Jan 5, 2026: gradually, for no clear reason.");
        assertThat(subjective.get(3)).isEqualTo("Worse with sitting for a long time, twisting; eased by heat and walking.");
        assertThat(subjective.get(4)).matches("PSFS mean 4[.,]5/10: Sitting through a workday 4, Lifting my toddler 5\\.");
        assertThat(subjective.subList(5, 8)).containsExactly("Work: Software developer.",
                "Allergies: Penicillin (rash).", "Patient’s goals: Pick up my daughter without pain.")
                .as("each line of the history is a sentence of its own, so the lines never run together");
    }

    private static IntakeAnswers withAllergies(String allergies) {
        IntakeAnswers a = intake("");
        return new IntakeAnswers(a.painMap(), a.painNow(), a.painBest(), a.painWorst(), a.qualities(), a.worstTimes(),
                a.onsetDate(), a.onset(), a.aggravators(), a.easing(), a.work(), a.dailyActivities(), a.recreation(),
                a.psfs(), a.priorInjuries(), a.comorbidities(), a.medications(), a.implantedDevice(), a.pregnant(),
                a.redFlagAnswers(), a.goals(), allergies);
    }

    @Test
    void noKnownAllergiesIsSaidSoAndIntakesFromBeforeTheQuestionSayNothing() {
        assertThat(section(InitialEvaluationNote.assemble(parts(withAllergies(IntakeAnswers.NO_KNOWN_ALLERGIES), null,
                ""), TestDates.US), "Subjective")).contains("Allergies: none known.");
        assertThat(section(InitialEvaluationNote.assemble(parts(withAllergies(null), null, ""), TestDates.US), "Subjective"))
                .noneMatch(line -> line.startsWith("Allergies"));
    }

    @Test
    void anIntakeTakenByATherapistSaysWhoTookItAndHowFirst() {
        InitialEvaluationNote.Parts base = parts(intake(""), null, "");
        InitialEvaluationNote.Parts parts = new InitialEvaluationNote.Parts(base.intake(), null, base.exam(),
                base.assessment(), base.complexity(), base.plan(), base.goals(), base.certification(),
                new TakenBy("Dana Whitfield, PT", TakenBy.Way.PHONE, new TakenBy.Interpreter("Ana Ruiz", "Spanish")));
        assertThat(section(InitialEvaluationNote.assemble(parts, TestDates.US), "Subjective").get(0))
                .isEqualTo("Intake taken by Dana Whitfield, PT by phone (interpreter: Ana Ruiz, Spanish).");
        assertThat(section(InitialEvaluationNote.assemble(base, TestDates.US), "Subjective").get(0))
                .as("the patient's own intake").startsWith("Pain (NPRS)");
    }

    @Test
    void blankWorkIsLeftOut() {
        assertThat(section(InitialEvaluationNote.assemble(parts(intake("  "), null, ""), TestDates.US), "Subjective"))
                .hasSize(7).noneMatch(line -> line.startsWith("Work:"));
    }

    @Test
    void theRedFlagScreenIsSummarised() {
        ScreeningResult clear = new ScreeningResult(Disposition.TREAT, List.of(), List.of());
        assertThat(section(InitialEvaluationNote.assemble(parts(null, clear, ""), TestDates.US), "Subjective"))
                .containsExactly("No patient intake on file.", "Red-flag screen: Treat — no concerning features.");

        ScreeningResult concerns = new ScreeningResult(Disposition.TREAT_WITH_MONITORING, List.of(
                new Concern(Condition.VERTEBRAL_FRACTURE, Disposition.TREAT_WITH_MONITORING,
                        List.of(Finding.OSTEOPOROSIS), "Osteoporosis", "FRACTURE"),
                new Concern(Condition.PULMONARY, Disposition.TREAT_WITH_MONITORING,
                        List.of(Finding.PLEURITIC_PAIN), "Pleuritic pain", "PULM")), List.of());
        assertThat(section(InitialEvaluationNote.assemble(parts(null, concerns, ""), TestDates.US), "Subjective"))
                .contains("Red-flag screen: Treat with monitoring — concerns: Vertebral fracture, Pulmonary cause "
                        + "(acknowledged).");
    }

    @Test
    void aConcernWhoseOutcomeWasRecordedIsSaidAsCleared() {
        Concern fracture = new Concern(Condition.VERTEBRAL_FRACTURE, Disposition.URGENT_REFERRAL,
                List.of(Finding.OSTEOPOROSIS, Finding.MINOR_TRAUMA), "Fragile bone", "VCF-RISK");
        ScreeningResult cleared = new ScreeningResult(Disposition.TREAT, List.of(), List.of(), List.of(
                new org.rhomboid.screening.domain.ClearedConcern(fracture, new org.rhomboid.screening.domain.Clearance(
                        java.util.UUID.randomUUID(), Condition.VERTEBRAL_FRACTURE, Disposition.URGENT_REFERRAL,
                        fracture.findings(), org.rhomboid.screening.domain.ClearanceMethod.IMAGING,
                        LocalDate.of(2026, 3, 1), "Imaging report, Feb 27, 2026"))));
        assertThat(section(InitialEvaluationNote.assemble(parts(null, cleared, ""), TestDates.US), "Subjective"))
                .contains("Red-flag screen: Treat — no open concern. Vertebral fracture — cleared on Mar 1, 2026 by "
                        + "imaging (Imaging report, Feb 27, 2026).");
    }

    @Test
    void theObjectiveIsTheExamNarrativeOneSentencePerSection() {
        assertThat(section(InitialEvaluationNote.assemble(parts(null, null, ""), TestDates.US), "Objective"))
                .containsExactly("Palpation: T5: tenderness 2/3; T6: spasm.", "Special tests: Pulses: equal.");
    }

    @Test
    void theAssessmentGivesClassificationPrognosisAndComplexity() {
        assertThat(section(InitialEvaluationNote.assemble(parts(null, null, "Stiff mid-thoracic spine."), TestDates.US), "Assessment"))
                .containsExactly("Classification: Thoracic mobility deficit; Hyperkyphosis.",
                        "Stiff mid-thoracic spine.", "Prognosis: good.", "Evaluation complexity low (CPT 97161).");
        assertThat(section(InitialEvaluationNote.assemble(parts(null, null, "  "), TestDates.US), "Assessment"))
                .as("a blank narrative is left out").hasSize(3);
    }

    @Test
    void thePlanListsDiagnosesScheduleInterventionsGoalsAndCertification() {
        assertThat(section(InitialEvaluationNote.assemble(parts(null, null, ""), TestDates.US), "Plan")).containsExactly(
                "Diagnoses (ICD-10-CM): M54.6, M99.02.",
                "2× a week for 6 weeks, Mar 2, 2026 to Apr 12, 2026.",
                "Intervention: Thoracic joint mobilization, grades III–IV — grade III only",
                "Intervention: Thoracic mobility exercise",
                "Short-term goal: " + goal(SmartGoal.Term.SHORT_TERM).sentence(TestDates.US),
                "Long-term goal: " + goal(SmartGoal.Term.LONG_TERM).sentence(TestDates.US),
                "Certification: plan signed by the referring practitioner; certified through Apr 12, 2026: "
                        + "recertify by then if treatment continues.");
    }

    @Test
    void anUncertifiedPlanIsNotCalledCertified() {
        PlanOfCare unsigned = new PlanOfCare(List.of("M54.6"), 2, 6, START, Certification.Method.SIGNED_PLAN, null,
                null, null, Map.of(Intervention.MOBILITY_EXERCISE, ""), Set.of());
        InitialEvaluationNote.Parts base = parts(null, null, "");
        InitialEvaluationNote.Parts parts = new InitialEvaluationNote.Parts(null, null, base.exam(), base.assessment(),
                base.complexity(), unsigned, List.of(), Certification.assess(unsigned.certificationFacts(), START, TestDates.US));
        List<String> plan = section(InitialEvaluationNote.assemble(parts, TestDates.US), "Plan");
        assertThat(plan.get(plan.size() - 1)).isEqualTo("Certification: plan signed by the referring practitioner; "
                + "certifying signature due by Apr 1, 2026; plan of care through Apr 12, 2026: recertify by then if "
                + "treatment continues.");
    }
}
