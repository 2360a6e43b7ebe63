package org.rhomboid.evaluation;

import java.util.List;
import org.rhomboid.billing.domain.EvaluationComplexity;
import org.rhomboid.billing.domain.IcdCheck;
import org.rhomboid.episode.Episode;
import org.rhomboid.exam.RecordedExam;
import org.rhomboid.exam.domain.ExamNarrative;
import org.rhomboid.goal.domain.GoalCheck;
import org.rhomboid.intake.Intake;
import org.rhomboid.intervention.domain.HealthCondition;
import org.rhomboid.intervention.domain.InterventionSafety;
import org.rhomboid.patient.Patient;
import org.rhomboid.plan.SafetyContext;
import org.rhomboid.plan.StoredGoal;
import org.rhomboid.plan.domain.Certification;
import org.rhomboid.plan.domain.PlanOfCare;
import org.rhomboid.reasoning.domain.ClinicalReasoning;
import org.rhomboid.reasoning.domain.FractureFirst;
import org.rhomboid.screening.EpisodeScreening;

/**
 * Everything the initial evaluation page shows, read once: screening, intake, examination, reasoning, the
 * assessment, the plan with its safety verdicts and certification, goals with their checks, and what still stands
 * between the therapist and a signature.
 */
public record EvaluationView(Episode episode, Patient patient, EpisodeScreening screening, Intake intake,
                             RecordedExam exam, List<ExamNarrative.Section> examSections,
                             List<ClinicalReasoning.Proposal> proposals, List<FractureFirst.HeldBack> heldBack,
                             EvaluationRecord evaluation,
                             PlanOfCare plan, IcdCheck.Result diagnosisCheck, Certification.Status certification,
                             List<GoalRow> goals, SafetyContext safety, List<InterventionSafety.Verdict> verdicts,
                             EvaluationComplexity.Result complexity, List<String> blockers,
                             List<String> relevanceOptions) {

    /** A goal with its sentence and what the SMART check says about it now. */
    public record GoalRow(StoredGoal stored, String sentence, List<GoalCheck.Finding> findings) {
        public boolean needsFixing() {
            return GoalCheck.blocking(findings);
        }
    }

    public boolean signed() {
        return evaluation != null && evaluation.signed();
    }

    public boolean established(HealthCondition condition) {
        return safety.established().contains(condition);
    }

    public InterventionSafety.Verdict verdict(org.rhomboid.intervention.domain.Intervention intervention) {
        return verdicts.stream().filter(v -> v.intervention() == intervention).findFirst().orElseThrow();
    }

    /** Classifications proposed by reasoning whose interventions include this one. */
    public List<String> suggestedBy(org.rhomboid.intervention.domain.Intervention intervention) {
        return proposals.stream().filter(p -> p.interventions().contains(intervention))
                .map(p -> p.classification().label()).toList();
    }
}
