package org.rhomboid.hep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.evaluation.EvaluationService;
import org.rhomboid.exercise.ExerciseCatalog;
import org.rhomboid.exercise.domain.Exercise;
import org.rhomboid.exercise.domain.ExerciseSafety;
import org.rhomboid.exercise.domain.PatientRisks;
import org.rhomboid.hep.domain.ProgramForm;
import org.rhomboid.intake.IntakeService;
import org.rhomboid.intervention.domain.HealthCondition;
import org.rhomboid.patient.Patient;
import org.rhomboid.patient.PatientService;
import org.rhomboid.plan.PlanService;
import org.rhomboid.plan.SafetyContext;
import org.rhomboid.reasoning.domain.Classification;
import org.rhomboid.screening.ConcernStatus;
import org.rhomboid.screening.EpisodeScreening;
import org.rhomboid.screening.ScreeningService;
import org.rhomboid.screening.domain.Condition;
import org.rhomboid.screening.domain.Disposition;
import org.rhomboid.shared.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The therapist's side of home exercise: which exercises suit this patient and which are unsafe for them, and
 * prescribing a new programme version. Every read and write of a patient's programme is audited.
 */
@Service
@Transactional(noRollbackFor = ConflictException.class)
public class HomePrograms {

    public static final String PROGRAM = "HomeExerciseProgram";

    /** The exercises to choose from: those suiting the episode's classifications first, each with its verdict. */
    public record Choices(Episode episode, Patient patient, List<Classification> classifications,
                          List<ExerciseSafety.Verdict> suggested, List<ExerciseSafety.Verdict> others,
                          boolean screened) {
    }

    public static final String NOT_SCREENED = "Screen this patient for red flags first (intake or examination "
            + "findings): home exercise is prescribed only once serious pathology has been weighed.";

    private final EpisodeService episodes;
    private final PatientService patients;
    private final ScreeningService screening;
    private final IntakeService intakes;
    private final PlanService plans;
    private final EvaluationService evaluations;
    private final ExerciseCatalog catalog;
    private final ProgramRepository programs;
    private final AuditLog audit;

    private final ClinicDates clinicDates;

    HomePrograms(EpisodeService episodes, PatientService patients, ScreeningService screening, IntakeService intakes,
                 PlanService plans, EvaluationService evaluations, ExerciseCatalog catalog,
                 ProgramRepository programs, AuditLog audit, ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.episodes = episodes;
        this.patients = patients;
        this.screening = screening;
        this.intakes = intakes;
        this.plans = plans;
        this.evaluations = evaluations;
        this.catalog = catalog;
        this.programs = programs;
        this.audit = audit;
    }

    /** Every version of the episode's programme, oldest first; the caller has read the episode. */
    public List<Program> versions(Episode episode) {
        List<Program> found = programs.versions(ClinicScope.require(), episode.id());
        audit.record(AuditAction.READ, PROGRAM, null, episode.patientId(), AuditOutcome.SUCCESS);
        return found;
    }

    /** The version in force on a date: the latest one that had started by then. */
    public static Optional<Program> inForce(List<Program> versions, LocalDate on) {
        return versions.stream().filter(p -> !p.effectiveFrom().isAfter(on))
                .max(Comparator.comparingInt(Program::version));
    }

    /**
     * What limits this patient's home exercise: conditions screening suspects, its precautions, the health
     * conditions the chart establishes or the plan declares, and whether screening calls for urgent referral.
     */
    private PatientRisks risks(Episode episode, EpisodeScreening screened) {
        SafetyContext safety = PlanService.safety(screened, intakes.of(episode).orElse(null));
        Set<HealthCondition> conditions = EnumSet.noneOf(HealthCondition.class);
        conditions.addAll(safety.established());
        plans.plan(episode).ifPresent(plan -> conditions.addAll(plan.declaredConditions()));
        Set<Condition> suspected = new HashSet<>();
        Set<Condition> watched = new HashSet<>();
        for (ConcernStatus concern : screened.concerns()) {
            // Acknowledging a concern records what was done about it; it stays until a new screening clears it.
            boolean referred = concern.concern().level().compareTo(Disposition.ROUTINE_REFERRAL) >= 0;
            (referred ? suspected : watched).add(concern.concern().condition());
        }
        boolean urgent = screened.screened()
                && screened.latest().result().disposition().compareTo(Disposition.URGENT_REFERRAL) >= 0;
        return new PatientRisks(suspected, watched, Set.copyOf(safety.precautions()), conditions, urgent);
    }

    public Choices choices(UUID episodeId) {
        Episode episode = episodes.get(episodeId);
        List<Classification> classifications = evaluations.classifications(episode);
        EpisodeScreening screened = screening.of(episode);
        PatientRisks risks = risks(episode, screened);
        List<ExerciseSafety.Verdict> suggested = new ArrayList<>();
        List<ExerciseSafety.Verdict> others = new ArrayList<>();
        for (ExerciseSafety.Verdict verdict : ExerciseSafety.check(catalog.offered(), risks)) {
            boolean suits = verdict.exercise().suits().stream().anyMatch(classifications::contains);
            // Suggestions never include an exercise this patient must not do; it stays visible, flagged, below.
            (suits && !verdict.contraindicated() ? suggested : others).add(verdict);
        }
        return new Choices(episode, patients.get(episode.patientId()), classifications, suggested, others,
                screened.screened());
    }

    /** A new programme version from the prescription form; nothing is stored when the form has errors. */
    public ProgramForm.Checked prescribe(UUID episodeId, Map<String, List<String>> form, LocalDate today) {
        Episode episode = episodes.get(episodeId);
        if (episode.dischargedOn() != null) {
            throw new ConflictException("This episode is discharged: its home programme can't be changed.");
        }
        EpisodeScreening screened = screening.of(episode);
        if (!screened.screened()) {
            throw new ConflictException(NOT_SCREENED);
        }
        List<Program> versions = versions(episode);
        // A new version can't start before the one it replaces, so the history of what was prescribed holds.
        LocalDate earliest = versions.isEmpty()
                ? (episode.startedOn() == null || episode.startedOn().isAfter(today) ? today : episode.startedOn())
                : versions.get(versions.size() - 1).effectiveFrom();
        PatientRisks risks = risks(episode, screened);
        // Only what the clinic offers may be prescribed: a hidden exercise is refused like an unknown one.
        Map<String, Exercise> offered = new java.util.HashMap<>();
        catalog.offered().forEach(e -> offered.put(e.code(), e));
        ProgramForm.Checked checked = ProgramForm.check(form, code -> Optional.ofNullable(offered.get(code)),
                exercise -> ExerciseSafety.check(exercise, risks), earliest, today, clinicDates.words());
        if (!checked.valid()) {
            return checked;
        }
        Program program = new Program(UUID.randomUUID(), episodeId, versions.size() + 1, checked.effectiveFrom(),
                checked.message(), checked.exercises(), StaffPrincipal.current().map(StaffPrincipal::displayName)
                .orElse("Staff"), null);
        programs.insert(ClinicScope.require(), episode.patientId(), program, StaffPrincipal.currentUserId());
        audit.record(AuditAction.CREATE, PROGRAM, program.id(), episode.patientId(), AuditOutcome.SUCCESS);
        return checked;
    }

    /** The exercises of a programme as the library describes them now (hidden ones included). */
    public List<Exercise> exercisesOf(Program program) {
        Map<String, Exercise> library = catalog.byCode();
        return program.exercises().stream().map(e -> library.get(e.code()))
                .filter(java.util.Objects::nonNull).toList();
    }
}
