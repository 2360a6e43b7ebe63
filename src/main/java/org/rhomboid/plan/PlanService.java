package org.rhomboid.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.billing.domain.IcdCheck;
import org.rhomboid.billing.domain.VisitLines;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.goal.domain.GoalCheck;
import org.rhomboid.goal.domain.GoalForm;
import org.rhomboid.intake.Intake;
import org.rhomboid.intake.IntakeService;
import org.rhomboid.intake.domain.Choices.Comorbidity;
import org.rhomboid.intake.domain.IntakeAnswers;
import org.rhomboid.intervention.domain.HealthCondition;
import org.rhomboid.intervention.domain.HealthConditions;
import org.rhomboid.intervention.domain.Intervention;
import org.rhomboid.plan.domain.CertificationRecord;
import org.rhomboid.plan.domain.CertificationTimeline;
import org.rhomboid.plan.domain.PlanForm;
import org.rhomboid.plan.domain.PlanOfCare;
import org.rhomboid.plan.domain.PlanSafety;
import org.rhomboid.screening.EpisodeScreening;
import org.rhomboid.screening.ScreeningService;
import org.rhomboid.screening.domain.Finding;
import org.rhomboid.screening.domain.Precaution;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan of care and its goals. A plan is saved only when its diagnoses pass the coding engine and none of its
 * interventions is contraindicated (or under caution without a note); a goal only when it passes the SMART check
 * against the plan's dates and what the patient said matters. Both lock when the evaluation is signed.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class PlanService {

    public static final String PLAN = "PlanOfCare";
    public static final String GOAL = "Goal";
    public static final String CERTIFICATION = "PlanCertification";

    /** A saved goal may still carry warnings (a target short of the MCIC). */
    public record GoalSaved(Map<String, String> errors, List<String> warnings) {}

    private final PlanRepository plans;
    private final CertificationRepository certifications;
    private final EpisodeService episodes;
    private final ScreeningService screening;
    private final IntakeService intakes;
    private final VisitLines.Rules codes;
    private final AuditLog audit;

    private final ClinicDates clinicDates;

    PlanService(PlanRepository plans, CertificationRepository certifications, EpisodeService episodes,
                ScreeningService screening, IntakeService intakes, VisitLines.Rules codes, AuditLog audit, ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.plans = plans;
        this.certifications = certifications;
        this.episodes = episodes;
        this.screening = screening;
        this.intakes = intakes;
        this.codes = codes;
        this.audit = audit;
    }

    /** The episode's plan; the caller has already read the episode. */
    public Optional<PlanOfCare> plan(Episode episode) {
        Optional<PlanOfCare> plan = plans.plan(ClinicScope.require(), episode.id());
        audit.record(AuditAction.READ, PLAN, null, episode.patientId(), AuditOutcome.SUCCESS);
        return plan;
    }

    public List<StoredGoal> goals(Episode episode) {
        List<StoredGoal> goals = plans.goals(ClinicScope.require(), episode.id());
        audit.record(AuditAction.READ, GOAL, null, episode.patientId(), AuditOutcome.SUCCESS);
        return goals;
    }

    /**
     * The plan's certification over time, from its own facts and the records made since (read and audited); the
     * caller has read the episode and its plan.
     *
     * @param firstTreatment the signed evaluation's date, or null before it is signed
     */
    public CertificationTimeline certification(Episode episode, PlanOfCare plan, java.time.LocalDate firstTreatment,
                                               java.time.LocalDate today) {
        List<CertificationRecord> records = certifications.ofEpisode(ClinicScope.require(), episode.id());
        audit.record(AuditAction.READ, CERTIFICATION, null, episode.patientId(), AuditOutcome.SUCCESS);
        return CertificationTimeline.of(plan, firstTreatment, records, today, clinicDates.words());
    }

    /** Stores a certification record (insert-only); the caller has checked it. */
    public void recordCertification(Episode episode, CertificationRecord record) {
        certifications.insert(ClinicScope.require(), episode.id(), record, StaffPrincipal.currentUserId());
        audit.record(AuditAction.CREATE, CERTIFICATION, record.id(), episode.patientId(), AuditOutcome.SUCCESS);
    }

    public boolean signed(Episode episode) {
        return plans.signed(ClinicScope.require(), episode.id());
    }

    /** Precautions and conditions the chart establishes, from the screening and the intake already read. */
    public static SafetyContext safety(EpisodeScreening screened, Intake intake) {
        Set<Finding> findings = screened.allFindings();
        Set<HealthCondition> established = EnumSet.noneOf(HealthCondition.class);
        established.addAll(HealthConditions.from(findings));
        if (intake != null && intake.submitted()
                && intake.answers().comorbidities().contains(Comorbidity.INFLAMMATORY_ARTHRITIS)) {
            established.add(HealthCondition.INFLAMMATORY_ARTHRITIS);
        }
        List<org.rhomboid.screening.domain.PrecautionCode> precautions = screened.screened()
                ? screened.latest().result().precautions().stream().map(Precaution::code).toList() : List.of();
        return new SafetyContext(precautions, established);
    }

    /**
     * The coding engine's verdict on diagnoses, with hints fitted to the episode's mechanism, its findings and the
     * concerns screening has open (a suspected fracture changes which codes are suggested: ICD-HINTS).
     */
    public IcdCheck.Result checkDiagnoses(Episode episode, List<String> diagnoses, EpisodeScreening screened) {
        Set<String> concerns = !screened.screened() ? Set.of() : screened.latest().result().concerns().stream()
                .map(c -> c.condition().name()).collect(Collectors.toSet());
        return IcdCheck.check(diagnoses, new IcdCheck.Context(episode.mechanism().name(),
                screened.allFindings().stream().map(Enum::name).collect(Collectors.toSet()), concerns), codes.icd());
    }

    public Map<String, String> save(UUID episodeId, PlanForm form, java.time.LocalDate today) {
        UUID clinic = ClinicScope.require();
        Episode episode = episodes.get(episodeId);
        refuseIfSigned(clinic, episode);
        PlanForm.Checked checked = form.check(today, clinicDates.words());
        if (!checked.valid()) {
            return checked.errors();
        }
        PlanOfCare plan = checked.plan();
        Map<String, String> errors = new LinkedHashMap<>();
        EpisodeScreening screened = screening.of(episode);
        IcdCheck.Result diagnoses = checkDiagnoses(episode, plan.diagnoses(), screened);
        if (!diagnoses.valid()) {
            errors.put("diagnoses", diagnoses.problems().stream().map(IcdCheck.Problem::message)
                    .collect(Collectors.joining(". ")));
        }
        SafetyContext safety = safety(screened, intakes.of(episode).orElse(null));
        errors.putAll(PlanSafety.problems(plan.interventions(),
                safety.verdicts(plan.interventions().keySet(), plan.declaredConditions())));
        if (!errors.isEmpty()) {
            return errors;
        }
        plans.save(clinic, episodeId, plan, StaffPrincipal.currentUserId());
        audit.record(AuditAction.UPDATE, PLAN, null, episode.patientId(), AuditOutcome.SUCCESS);
        return Map.of();
    }

    public GoalSaved addGoal(UUID episodeId, GoalForm form) {
        UUID clinic = ClinicScope.require();
        Episode episode = episodes.get(episodeId);
        refuseIfSigned(clinic, episode);
        GoalForm.Read read = form.read();
        if (!read.errors().isEmpty()) {
            return new GoalSaved(read.errors(), List.of());
        }
        PlanOfCare plan = plans.plan(clinic, episodeId).orElse(null);
        if (plan == null) {
            return new GoalSaved(Map.of("deadline", "Save the plan of care first: a goal’s deadline must fall within it"),
                    List.of());
        }
        Intake intake = intakes.of(episode).orElse(null);
        List<GoalCheck.Finding> findings = check(read.goal(), plan, intake);
        if (GoalCheck.blocking(findings)) {
            Map<String, String> errors = new LinkedHashMap<>();
            findings.stream().filter(GoalCheck.Finding::blocking).forEach(f -> errors.putIfAbsent(f.field(), f.message()));
            return new GoalSaved(errors, List.of());
        }
        UUID id = UUID.randomUUID();
        plans.insertGoal(clinic, id, episodeId, read.goal(), StaffPrincipal.currentUserId());
        audit.record(AuditAction.CREATE, GOAL, id, episode.patientId(), AuditOutcome.SUCCESS);
        return new GoalSaved(Map.of(), findings.stream().map(GoalCheck.Finding::message).toList());
    }

    /** A goal checked against the plan and what the patient said matters (their PSFS activities and goals). */
    public List<GoalCheck.Finding> check(org.rhomboid.goal.domain.SmartGoal goal, PlanOfCare plan, Intake intake) {
        IntakeAnswers answers = intake != null && intake.submitted() ? intake.answers() : null;
        List<String> activities = answers == null ? List.of()
                : answers.psfs().stream().map(IntakeAnswers.PsfsItem::activity).toList();
        return GoalCheck.check(goal, plan.startDate(), plan.endDate(), activities, answers == null ? null : answers.goals(),
                clinicDates.words());
    }

    /** What a goal may be linked to: the patient's PSFS activities and their own goals, as they wrote them. */
    public static List<String> relevanceOptions(Intake intake) {
        List<String> options = new ArrayList<>();
        if (intake != null && intake.submitted()) {
            intake.answers().psfs().forEach(p -> options.add(p.activity()));
            if (intake.answers().goals() != null && !intake.answers().goals().isBlank()) {
                options.add(intake.answers().goals());
            }
        }
        return options;
    }

    /** Removes a goal from an unsigned plan; returns its episode. */
    public UUID deleteGoal(UUID goalId) {
        UUID clinic = ClinicScope.require();
        StoredGoal goal = plans.goal(clinic, goalId).orElse(null);
        if (goal == null) {
            audit.record(AuditAction.DELETE, GOAL, goalId, null, AuditOutcome.NOT_FOUND);
            throw new NotFoundException(GOAL);
        }
        Episode episode = episodes.get(goal.episodeId());
        refuseIfSigned(clinic, episode);
        plans.deleteGoal(clinic, goalId);
        audit.record(AuditAction.DELETE, GOAL, goalId, episode.patientId(), AuditOutcome.SUCCESS);
        return episode.id();
    }

    /** Changes to the signed plan, oldest first; the caller has read the episode. */
    public List<PlanAmendment> amendments(Episode episode) {
        List<PlanAmendment> found = plans.amendments(ClinicScope.require(), episode.id());
        audit.record(AuditAction.READ, PLAN, null, episode.patientId(), AuditOutcome.SUCCESS);
        return found;
    }

    /** The interventions in force: the signed plan's and those added since by amendment, with their notes. */
    public Map<Intervention, String> interventionsInForce(Episode episode, PlanOfCare plan) {
        Map<Intervention, String> all = new EnumMap<>(Intervention.class);
        all.putAll(plan.interventions());
        amendments(episode).forEach(a -> all.putAll(a.interventions()));
        return all;
    }

    /**
     * Adds interventions to a signed plan of care (the only way to document a service it did not contain): each
     * passes the same safety checks as the plan (a contraindicated one is refused, a caution needs its note), and
     * the reason is required. Returns the problems by field; empty when the amendment is signed and stored.
     */
    public Map<String, String> amend(UUID episodeId, Map<Intervention, String> added, String reason) {
        UUID clinic = ClinicScope.require();
        Episode episode = episodes.get(episodeId);
        if (!plans.signed(clinic, episodeId)) {
            throw new ConflictException("The plan of care is not signed yet: change it on the evaluation page.");
        }
        PlanOfCare plan = plans.plan(clinic, episodeId).orElseThrow();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<Intervention, String> inForce = interventionsInForce(episode, plan);
        Map<Intervention, String> fresh = new EnumMap<>(Intervention.class);
        added.forEach((i, note) -> {
            if (!inForce.containsKey(i)) {
                fresh.put(i, note == null ? "" : note.strip());
            }
        });
        if (fresh.isEmpty()) {
            errors.put("intervention", "Choose at least one intervention the plan does not already contain");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            errors.put("reason", "Say why the plan changes");
        } else if (why.length() > 1000) {
            errors.put("reason", "Use at most 1000 characters");
        }
        SafetyContext safety = safety(screening.of(episode), intakes.of(episode).orElse(null));
        errors.putAll(PlanSafety.problems(fresh, safety.verdicts(fresh.keySet(), plan.declaredConditions())));
        if (!errors.isEmpty()) {
            return errors;
        }
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        PlanAmendment amendment = new PlanAmendment(UUID.randomUUID(), episodeId, fresh, why, me.displayName(),
                java.time.OffsetDateTime.now());
        plans.insertAmendment(clinic, amendment, me.userId());
        audit.record(AuditAction.CREATE, PLAN, amendment.id(), episode.patientId(), AuditOutcome.SUCCESS);
        return Map.of();
    }

    private void refuseIfSigned(UUID clinic, Episode episode) {
        if (plans.signed(clinic, episode.id())) {
            throw new ConflictException("The evaluation is signed: its plan of care and goals are locked");
        }
    }
}
