package org.rhomboid.evaluation.domain;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rhomboid.billing.domain.EvaluationComplexity;
import org.rhomboid.exam.domain.ExamNarrative;
import org.rhomboid.goal.domain.SmartGoal;
import org.rhomboid.intake.domain.IntakeAnswers;
import org.rhomboid.intake.domain.TakenBy;
import org.rhomboid.intervention.domain.Intervention;
import org.rhomboid.plan.domain.Certification;
import org.rhomboid.plan.domain.PlanOfCare;
import org.rhomboid.reasoning.domain.Classification;
import org.rhomboid.screening.domain.ScreeningResult;
import org.rhomboid.shared.domain.DateWords;
import org.rhomboid.shared.domain.Plural;
import org.rhomboid.shared.domain.Sentences;

/**
 * The initial evaluation as a SOAP note: the patient's own account (subjective), the examination (objective),
 * the therapist's assessment with the evaluation code, and the plan of care. Signing stores this text so the
 * signed note never changes, whatever happens to the chart after.
 */
public record InitialEvaluationNote(List<Section> sections, String evaluationCode, String complexity) {

    public record Section(String title, List<String> lines) {}

    private static final DecimalFormat ONE = new DecimalFormat("0.0", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));

    /**
     * Everything the note is built from; intake may be null (no intake sent), intakeTakenBy is null when the patient
     * sent their own.
     */
    public record Parts(IntakeAnswers intake, ScreeningResult screening, List<ExamNarrative.Section> exam,
                        Assessment assessment, EvaluationComplexity.Result complexity, PlanOfCare plan,
                        List<SmartGoal> goals, Certification.Status certification, TakenBy intakeTakenBy) {

        public Parts(IntakeAnswers intake, ScreeningResult screening, List<ExamNarrative.Section> exam,
                     Assessment assessment, EvaluationComplexity.Result complexity, PlanOfCare plan,
                     List<SmartGoal> goals, Certification.Status certification) {
            this(intake, screening, exam, assessment, complexity, plan, goals, certification, null);
        }
    }

    /**
     * The note, its dates written the clinic's way. Every line of the history is a sentence of its own, ended once
     * ({@link Sentences#end}): what the patient typed may or may not end with a full stop.
     */
    public static InitialEvaluationNote assemble(Parts p, DateWords words) {
        List<Section> sections = new ArrayList<>();
        List<String> subjective = new ArrayList<>();
        IntakeAnswers a = p.intake();
        if (a == null) {
            subjective.add("No patient intake on file.");
        } else {
            if (p.intakeTakenBy() != null) {
                subjective.add(p.intakeTakenBy().sentence());
            }
            subjective.add("Pain (NPRS) now " + a.painNow() + "/10, best " + a.painBest() + "/10, worst " + a.painWorst() + "/10.");
            subjective.add("Location: " + a.painMap().entrySet().stream()
                    .map(e -> e.getKey().label() + " (" + e.getValue().label().toLowerCase() + ")")
                    .collect(Collectors.joining(", ")) + ".");
            subjective.add("Began " + words.day(a.onsetDate()) + ": " + a.onset().label().toLowerCase() + ".");
            if (!a.aggravators().isEmpty()) {
                subjective.add(Sentences.end("Worse with " + a.aggravators().stream()
                        .map(x -> x.label().toLowerCase()).collect(Collectors.joining(", "))
                        + (a.easing() == null || a.easing().isBlank() ? "" : "; eased by " + a.easing().strip())));
            }
            subjective.add("PSFS mean " + ONE.format(a.psfsMean()) + "/10: " + a.psfs().stream()
                    .map(i -> i.activity() + " " + i.score()).collect(Collectors.joining(", ")) + ".");
            if (a.work() != null && !a.work().isBlank()) {
                subjective.add(Sentences.end("Work: " + a.work()));
            }
            if (a.allergies() != null) {
                subjective.add("Allergies: " + (a.allergies().equals(IntakeAnswers.NO_KNOWN_ALLERGIES) ? "none known"
                        : a.allergies().strip().replaceAll("[.]+$", "")) + ".");
            }
            if (a.goals() != null && !a.goals().isBlank()) {
                subjective.add(Sentences.end("Patient’s goals: " + a.goals()));
            }
        }
        if (p.screening() != null) {
            // A concern whose outcome was recorded is said as such, never as "no concerning features".
            String cleared = p.screening().cleared().stream().map(c -> c.summary(words))
                    .collect(Collectors.joining("; "));
            subjective.add("Red-flag screen: " + p.screening().disposition().label()
                    + (!p.screening().concerns().isEmpty() ? " — concerns: "
                    + p.screening().concerns().stream().map(c -> c.condition().label()).collect(Collectors.joining(", "))
                    + " (acknowledged)." : cleared.isEmpty() ? " — no concerning features." : " — no open concern.")
                    + (cleared.isEmpty() ? "" : " " + Sentences.end(cleared)));
        }
        sections.add(new Section("Subjective", subjective));

        List<String> objective = new ArrayList<>();
        for (ExamNarrative.Section s : p.exam()) {
            objective.add(Sentences.end(s.title() + ": " + String.join("; ", s.lines())));
        }
        sections.add(new Section("Objective", objective));

        Assessment as = p.assessment();
        List<String> assessment = new ArrayList<>();
        assessment.add("Classification: " + as.classifications().stream().map(Classification::label)
                .collect(Collectors.joining("; ")) + ".");
        if (!as.narrative().isBlank()) {
            assessment.add(Sentences.end(as.narrative()));
        }
        assessment.add("Prognosis: " + as.prognosis().label().toLowerCase() + ".");
        assessment.add("Evaluation complexity " + p.complexity().complexity().name().toLowerCase()
                + " (CPT " + p.complexity().code() + ").");
        sections.add(new Section("Assessment", assessment));

        PlanOfCare plan = p.plan();
        List<String> planLines = new ArrayList<>();
        planLines.add("Diagnoses (ICD-10-CM): " + String.join(", ", plan.diagnoses()) + ".");
        planLines.add(plan.frequencyPerWeek() + "× a week for " + Plural.of(plan.durationWeeks(), "week") + ", "
                + words.day(plan.startDate()) + " to " + words.day(plan.endDate()) + ".");
        plan.interventions().forEach((Intervention i, String note) -> planLines.add("Intervention: " + i.label()
                + (note == null || note.isBlank() ? "" : " — " + note.strip())));
        for (SmartGoal g : p.goals()) {
            planLines.add((g.term() == SmartGoal.Term.SHORT_TERM ? "Short-term goal: " : "Long-term goal: ") + g.sentence(words));
        }
        planLines.add("Certification: " + plan.certification().label().toLowerCase(Locale.ROOT) + "; "
                + Certification.deadlines(p.certification(), words));
        sections.add(new Section("Plan", planLines));
        return new InitialEvaluationNote(sections, p.complexity().code(), p.complexity().complexity().name());
    }
}
