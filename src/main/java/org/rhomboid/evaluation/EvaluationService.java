package org.rhomboid.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.rhomboid.account.Role;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.billing.domain.EvaluationComplexity;
import org.rhomboid.billing.domain.IcdCheck;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.evaluation.domain.Assessment;
import org.rhomboid.evaluation.domain.AssessmentForm;
import org.rhomboid.evaluation.domain.InitialEvaluationNote;
import org.rhomboid.evaluation.domain.SignOff;
import org.rhomboid.exam.ExamService;
import org.rhomboid.exam.RecordedExam;
import org.rhomboid.exam.domain.ExamNarrative;
import org.rhomboid.intake.Intake;
import org.rhomboid.intake.IntakeService;
import org.rhomboid.intake.domain.IntakeAnswers;
import org.rhomboid.intervention.domain.Intervention;
import org.rhomboid.intervention.domain.InterventionSafety;
import org.rhomboid.patient.PatientService;
import org.rhomboid.plan.PlanService;
import org.rhomboid.plan.SafetyContext;
import org.rhomboid.plan.domain.Certification;
import org.rhomboid.plan.domain.CertificationTimeline;
import org.rhomboid.plan.domain.PlanOfCare;
import org.rhomboid.plan.domain.PlanSafety;
import org.rhomboid.reasoning.domain.Classification;
import org.rhomboid.reasoning.domain.ClinicalReasoning;
import org.rhomboid.reasoning.domain.ExamSummary;
import org.rhomboid.screening.EpisodeScreening;
import org.rhomboid.screening.ScreeningService;
import org.rhomboid.screening.domain.Concern;
import org.rhomboid.screening.domain.Condition;
import org.rhomboid.screening.domain.Disposition;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The initial evaluation: gathers screening, intake, examination, reasoning and the plan into one view, keeps the
 * therapist's assessment, and signs — only a physical therapist, only once nothing stands in the way — storing
 * the assembled note so the signed evaluation never changes.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class EvaluationService {

    public static final String RESOURCE = "Evaluation";

    private final EvaluationRepository evaluations;
    private final EpisodeService episodes;
    private final PatientService patients;
    private final ScreeningService screening;
    private final IntakeService intakes;
    private final ExamService exams;
    private final PlanService plans;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    private final ClinicDates clinicDates;

    EvaluationService(EvaluationRepository evaluations, EpisodeService episodes, PatientService patients,
                      ScreeningService screening, IntakeService intakes, ExamService exams, PlanService plans,
                      AuditLog audit, ApplicationEventPublisher events, ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.events = events;
        this.evaluations = evaluations;
        this.episodes = episodes;
        this.patients = patients;
        this.screening = screening;
        this.intakes = intakes;
        this.exams = exams;
        this.plans = plans;
        this.audit = audit;
    }

    /** The episode's initial evaluation once signed (the first treatment day); the caller has read the episode. */
    public Optional<EvaluationRecord> signed(Episode episode) {
        Optional<EvaluationRecord> found = evaluations.find(ClinicScope.require(), episode.id())
                .filter(EvaluationRecord::signed);
        audit.record(AuditAction.READ, RESOURCE, null, episode.patientId(), AuditOutcome.SUCCESS);
        return found;
    }

    /** The classifications the therapist has chosen so far (signed or not), for home exercise suggestions. */
    public List<Classification> classifications(Episode episode) {
        List<Classification> found = evaluations.find(ClinicScope.require(), episode.id())
                .map(e -> e.assessment().classifications()).orElse(List.of());
        audit.record(AuditAction.READ, RESOURCE, null, episode.patientId(), AuditOutcome.SUCCESS);
        return found;
    }

    /**
     * The signed evaluation with the pain map of the intake and the plan and goals it signed, for its PDF and the
     * letters to the referring provider; 409 when the evaluation is not signed yet (refusals are audited too).
     */
    @Transactional(noRollbackFor = {NotFoundException.class, ConflictException.class})
    public EvaluationDocument document(UUID episodeId, LocalDate today) {
        Episode episode = episodes.get(episodeId);
        EvaluationRecord evaluation = evaluations.find(ClinicScope.require(), episodeId)
                .filter(EvaluationRecord::signed).orElse(null);
        PlanOfCare plan = evaluation == null ? null : plans.plan(episode).orElse(null);
        if (evaluation == null || plan == null) {
            audit.record(AuditAction.READ, RESOURCE, null, episode.patientId(), AuditOutcome.CONFLICT);
            throw new ConflictException("The initial evaluation is not signed yet: its documents are made from the"
                    + " signed evaluation.");
        }
        audit.record(AuditAction.READ, RESOURCE, null, episode.patientId(), AuditOutcome.SUCCESS);
        Intake intake = intakes.of(episode).orElse(null);
        CertificationTimeline timeline = plans.certification(episode, plan, evaluation.evaluatedOn(), today);
        return new EvaluationDocument(episode, patients.get(episode.patientId()), evaluation,
                intake != null && intake.submitted() ? intake.answers().painMap() : Map.of(), plan,
                plans.goals(episode), timeline.initial().status(), timeline);
    }

    public EvaluationView view(UUID episodeId, LocalDate today) {
        Episode episode = episodes.get(episodeId);
        EpisodeScreening screened = screening.of(episode);
        Intake intake = intakes.of(episode).orElse(null);
        IntakeAnswers answers = intake != null && intake.submitted() ? intake.answers() : null;
        RecordedExam exam = exams.latest(episode).orElse(null);
        EvaluationRecord evaluation = evaluations.find(ClinicScope.require(), episodeId).orElse(null);
        audit.record(AuditAction.READ, RESOURCE, null, episode.patientId(), AuditOutcome.SUCCESS);
        PlanOfCare plan = plans.plan(episode).orElse(null);

        // An open (not cleared) vertebral fracture concern holds back treatment-first classifications (FractureFirst).
        Disposition fractureConcern = !screened.screened() ? null : screened.latest().result().concerns().stream()
                .filter(c -> c.condition() == Condition.VERTEBRAL_FRACTURE).map(Concern::level).findFirst().orElse(null);
        var reasoning = ClinicalReasoning.reason(new ClinicalReasoning.Input(
                screened.screened() ? screened.latest().result().disposition() : null, screened.allFindings(),
                answers == null ? Set.of() : answers.painMap().keySet(),
                answers == null ? Set.of() : Set.copyOf(answers.painMap().values()),
                answers == null ? Set.of() : answers.aggravators(), answers == null ? null : answers.onset(),
                exam == null ? ExamSummary.unremarkable() : ExamSummary.of(exam.exam()), fractureConcern));
        var proposals = reasoning.proposals();

        SafetyContext safety = PlanService.safety(screened, intake);
        List<InterventionSafety.Verdict> verdicts = safety.verdicts(List.of(Intervention.values()),
                plan == null ? Set.of() : plan.declaredConditions());
        IcdCheck.Result diagnosisCheck = plan == null ? null
                : plans.checkDiagnoses(episode, plan.diagnoses(), screened);
        // Once signed, the records made since (the returned signature) decide; before, the plan's own facts.
        Certification.Status certification = plan == null ? null : evaluation != null && evaluation.signed()
                ? plans.certification(episode, plan, evaluation.evaluatedOn(), today).initial().status()
                : Certification.assess(plan.certificationFacts(), today, clinicDates.words());
        List<EvaluationView.GoalRow> goals = plans.goals(episode).stream()
                .map(g -> new EvaluationView.GoalRow(g, g.goal().sentence(clinicDates.words()),
                        plan == null ? List.of() : plans.check(g.goal(), plan, intake)))
                .toList();
        EvaluationComplexity.Result complexity = evaluation == null || exam == null ? null
                : EvaluationComplexity.of(evaluation.assessment().personalFactors(), examElements(exam, answers),
                        evaluation.assessment().presentation(), evaluation.assessment().decisionMaking());
        Map<String, String> interventionProblems = plan == null ? Map.of()
                : PlanSafety.problems(plan.interventions(), safety.verdicts(plan.interventions().keySet(),
                        plan.declaredConditions()));

        boolean signer = StaffPrincipal.current().map(s -> s.has(Role.PT)).orElse(false);
        List<String> blockers = SignOff.blockers(new SignOff.Facts(signer, evaluation != null && evaluation.signed(),
                screened.screened(), screened.allConcernsAcknowledged(), exam != null, evaluation != null,
                plan != null, diagnosisCheck == null ? List.of()
                        : diagnosisCheck.problems().stream().map(IcdCheck.Problem::message).toList(),
                goals.size(), (int) goals.stream().filter(EvaluationView.GoalRow::needsFixing).count(),
                plan == null ? 0 : plan.interventions().size(), interventionProblems));
        return new EvaluationView(episode, patients.get(episode.patientId()), screened, intake, exam,
                exam == null ? List.of() : ExamNarrative.of(exam.exam()), proposals, reasoning.heldBack(), evaluation, plan, diagnosisCheck,
                certification, goals, safety, verdicts, complexity, blockers, PlanService.relevanceOptions(intake));
    }

    /**
     * Examination elements for the evaluation code: the body structures and functions examined (one per exam
     * section recorded), plus activity limitations (PSFS) and participation restrictions (work) from the intake.
     * Product reading of AMA-EVAL, documented in docs/clinical-sources.md (EVAL-ELEMENTS).
     */
    static int examElements(RecordedExam exam, IntakeAnswers answers) {
        int elements = exam.exam().sectionsExamined();
        if (answers != null && !answers.psfs().isEmpty()) {
            elements++;
        }
        if (answers != null && answers.work() != null && !answers.work().isBlank()) {
            elements++;
        }
        return Math.max(1, elements);
    }

    public Map<String, String> saveAssessment(UUID episodeId, AssessmentForm form) {
        UUID clinic = ClinicScope.require();
        Episode episode = episodes.get(episodeId);
        Optional<EvaluationRecord> existing = evaluations.find(clinic, episodeId);
        if (existing.map(EvaluationRecord::signed).orElse(false)) {
            throw new ConflictException("The evaluation is signed and locked; changes go in a progress note");
        }
        AssessmentForm.Checked checked = form.check();
        if (checked.assessment() == null) {
            return checked.errors();
        }
        evaluations.saveAssessment(clinic, episodeId, checked.assessment(), StaffPrincipal.currentUserId());
        audit.record(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, RESOURCE, null,
                episode.patientId(), AuditOutcome.SUCCESS);
        return Map.of();
    }

    /**
     * Signs the evaluation as the record of the visit on {@code evaluatedOn} (from the episode's start to today: a
     * late entry is dated to its visit), or returns what still stands in the way (nothing is changed then).
     */
    public List<String> sign(UUID episodeId, String evaluatedOn, LocalDate today) {
        EvaluationView view = view(episodeId, today);
        LocalDate visit = visitDate(evaluatedOn, view.episode().startedOn(), today);
        List<String> blockers = new java.util.ArrayList<>(view.blockers());
        if (visit == null) {
            blockers.add("Give the date of the evaluation visit, from the episode's start ("
                    + clinicDates.day(view.episode().startedOn()) + ") to today");
        }
        if (!blockers.isEmpty()) {
            return blockers;
        }
        IntakeAnswers answers = view.intake() != null && view.intake().submitted() ? view.intake().answers() : null;
        Assessment assessment = view.evaluation().assessment();
        InitialEvaluationNote note = InitialEvaluationNote.assemble(new InitialEvaluationNote.Parts(answers,
                view.screening().latest().result(), view.examSections(), assessment, view.complexity(), view.plan(),
                view.goals().stream().map(g -> g.stored().goal()).toList(), view.certification(),
                answers == null ? null : view.intake().takenBy()), clinicDates.words());
        if (!evaluations.sign(ClinicScope.require(), episodeId, note, visit, StaffPrincipal.currentUserId())) {
            throw new ConflictException("The evaluation was signed by someone else a moment ago");
        }
        audit.record(AuditAction.UPDATE, RESOURCE, null, view.episode().patientId(), AuditOutcome.SUCCESS);
        // The evaluation visit is billed on its own date (its line on that day's claim).
        events.publishEvent(new EvaluationSigned(episodeId, view.episode().patientId(), visit, view.complexity().code()));
        return List.of();
    }

    private static LocalDate visitDate(String raw, LocalDate episodeStart, LocalDate today) {
        if (raw == null || raw.isBlank()) {
            return today.isBefore(episodeStart) ? null : today;
        }
        try {
            LocalDate date = LocalDate.parse(raw.strip());
            return date.isBefore(episodeStart) || date.isAfter(today) ? null : date;
        } catch (java.time.format.DateTimeParseException notADate) {
            return null;
        }
    }
}
