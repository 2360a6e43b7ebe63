package org.rhomboid.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.account.Role;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.billing.BillingSettings;
import org.rhomboid.billing.domain.PayerRules;
import org.rhomboid.billing.domain.VisitLines;
import org.rhomboid.clinic.ClinicProfile;
import org.rhomboid.clinic.ClinicRepository;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.episode.domain.EpisodeStatus;
import org.rhomboid.evaluation.EvaluationRecord;
import org.rhomboid.evaluation.EvaluationService;
import org.rhomboid.hep.HomeExerciseProgress;
import org.rhomboid.hep.HomePrograms;
import org.rhomboid.intake.IntakeService;
import org.rhomboid.patient.Patient;
import org.rhomboid.patient.PatientService;
import org.rhomboid.plan.PlanService;
import org.rhomboid.plan.SafetyContext;
import org.rhomboid.plan.domain.Certification;
import org.rhomboid.plan.domain.PlanOfCare;
import org.rhomboid.screening.ScreeningService;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.shared.NotFoundException;
import org.rhomboid.visit.domain.Addendum;
import org.rhomboid.visit.domain.CanonicalJson;
import org.rhomboid.visit.domain.Clinician;
import org.rhomboid.visit.domain.DailyNoteForm;
import org.rhomboid.visit.domain.NoteCoding;
import org.rhomboid.visit.domain.NoteHash;
import org.rhomboid.visit.domain.HepAdherence;
import org.rhomboid.visit.domain.NoteKind;
import org.rhomboid.visit.domain.NoteStatus;
import org.rhomboid.visit.domain.PlanCoverage;
import org.rhomboid.visit.domain.PlanValidity;
import org.rhomboid.visit.domain.ProgressReportSchedule;
import org.rhomboid.visit.domain.Signer;
import org.rhomboid.visit.domain.Signing;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notes after the initial evaluation: a daily note starts from the last one (carry-forward), is coded live by the
 * coding engine with the patient's payer, and signing checks the plan, the progress-report schedule and the
 * plan's certification before it locks the note with the hash of its content.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class VisitService {

    public static final String RESOURCE = "Note";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {};
    /** Subjective answers belong to the day: they are not carried forward. */
    private static final List<String> NOT_CARRIED = List.of("visitDate", "painToday", "patientReport", "hepAdherence");

    /** What the episode's plan and history say about a visit on a date. */
    public record VisitFacts(Episode episode, Patient patient, PlanOfCare plan, PlanCoverage coverage,
                             boolean medicareRules, ProgressReportSchedule.Result schedule, PlanValidity.Result validity) {}

    /** A note with everything its page shows. */
    public record NoteView(Note note, VisitFacts facts, Map<String, Object> content, boolean intact,
                           List<Note.Addendum> addenda) {}

    /** The outcome of signing: refusals by field (or "form"), empty when signed. */
    public record SignResult(Map<String, String> errors) {
        public boolean signed() {
            return errors.isEmpty();
        }
    }

    private final NoteRepository notes;
    private final EpisodeService episodes;
    private final PatientService patients;
    private final PlanService plans;
    private final EvaluationService evaluations;
    private final ScreeningService screening;
    private final IntakeService intakes;
    private final ClinicRepository clinics;
    private final VisitLines.Rules codes;
    private final BillingSettings fees;
    private final AuditLog audit;
    private final HomePrograms homePrograms;
    private final HomeExerciseProgress homeExercise;

    VisitService(NoteRepository notes, EpisodeService episodes, PatientService patients, PlanService plans,
                 EvaluationService evaluations, ScreeningService screening, IntakeService intakes,
                 ClinicRepository clinics, VisitLines.Rules codes, BillingSettings fees, AuditLog audit,
                 HomePrograms homePrograms, HomeExerciseProgress homeExercise) {
        this.homePrograms = homePrograms;
        this.homeExercise = homeExercise;
        this.fees = fees;
        this.notes = notes;
        this.episodes = episodes;
        this.patients = patients;
        this.plans = plans;
        this.evaluations = evaluations;
        this.screening = screening;
        this.intakes = intakes;
        this.clinics = clinics;
        this.codes = codes;
        this.audit = audit;
    }

    /** The episode's notes, oldest first; the caller has read the episode. */
    public List<Note> notes(Episode episode) {
        List<Note> found = notes.ofEpisode(ClinicScope.require(), episode.id());
        audit.record(AuditAction.READ, RESOURCE, null, episode.patientId(), AuditOutcome.SUCCESS);
        return found;
    }

    /**
     * Starts a note of the kind for today: the author's open draft of that kind if there is one, otherwise a new
     * draft; a daily note carries forward the services, exercises, assessment and plan of the last daily note.
     */
    public Note start(UUID episodeId, NoteKind kind, LocalDate today) {
        Episode episode = episodes.get(episodeId);
        if (episode.status() == EpisodeStatus.DISCHARGED) {
            throw new ConflictException("This episode is discharged: notes can't be added any more.");
        }
        if (evaluations.signed(episode).isEmpty()) {
            throw new ConflictException("Sign the initial evaluation and its plan of care before writing "
                    + kind.label().toLowerCase(java.util.Locale.ROOT) + "s.");
        }
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        Clinician role = me.has(Role.PT) ? Clinician.PT : Clinician.PTA;
        if (role == Clinician.PTA && !kind.assistantMaySign()) {
            throw new ConflictException("A " + kind.label().toLowerCase(java.util.Locale.ROOT)
                    + " is written by the physical therapist.");
        }
        List<Note> existing = notes.ofEpisode(ClinicScope.require(), episodeId);
        Optional<Note> open = existing.stream()
                .filter(n -> n.kind() == kind && n.draftOpen() && n.authorId().equals(me.userId())).findFirst();
        if (open.isPresent()) {
            audit.record(AuditAction.READ, RESOURCE, open.get().id(), episode.patientId(), AuditOutcome.SUCCESS);
            return open.get();
        }
        Map<String, List<String>> draft = new LinkedHashMap<>();
        if (kind == NoteKind.DAILY_NOTE) {
            existing.stream().filter(n -> n.kind() == NoteKind.DAILY_NOTE).reduce((a, b) -> b)
                    .ifPresent(last -> last.draft().forEach((name, values) -> {
                        if (!NOT_CARRIED.contains(name)) {
                            draft.put(name, values);
                        }
                    }));
        }
        draft.put("visitDate", List.of(today.toString()));
        if (kind == NoteKind.DAILY_NOTE) {
            suggestAdherence(episode, existing, today).ifPresent(a -> draft.put("hepAdherence", List.of(a.name())));
        }
        Note note = new Note(UUID.randomUUID(), episodeId, episode.patientId(), kind, today, NoteStatus.DRAFT, draft,
                null, null, me.userId(), me.displayName(), role, null, null, null, null, OffsetDateTime.now());
        notes.insert(ClinicScope.require(), note);
        audit.record(AuditAction.CREATE, RESOURCE, note.id(), episode.patientId(), AuditOutcome.SUCCESS);
        return note;
    }

    /** The home exercise answer the patient's portal logs since the last visit suggest, if any. */
    private Optional<HepAdherence> suggestAdherence(Episode episode, List<Note> existing, LocalDate today) {
        HomeExerciseProgress.SinceLastVisit since = homeExercise.sinceLastVisit(episode, lastVisit(existing, today),
                today);
        return Optional.ofNullable(HepAdherence.fromPortal(since.program() != null, since.daysLogged(),
                since.adherencePercent()));
    }

    /** The date of the latest signed visit before this day, if any. */
    public static LocalDate lastVisit(List<Note> notes, LocalDate before) {
        return notes.stream().filter(n -> !n.draftOpen() && n.visitDate().isBefore(before)).map(Note::visitDate)
                .max(java.util.Comparator.naturalOrder()).orElse(null);
    }

    public NoteView view(UUID noteId) {
        Note note = find(noteId);
        audit.record(AuditAction.READ, RESOURCE, note.id(), note.patientId(), AuditOutcome.SUCCESS);
        Map<String, Object> content = note.content() == null ? Map.of() : JSON.readValue(note.content(), TREE);
        boolean intact = note.content() == null || NoteHash.verify(content, note.contentHash());
        return new NoteView(note, facts(note, note.visitDate()), content, intact,
                notes.addenda(ClinicScope.require(), note.id()));
    }

    /** Keeps the draft exactly as typed; returns the problems of what is filled in so far. */
    public Map<String, String> saveDraft(UUID noteId, Map<String, List<String>> form, LocalDate today) {
        Note note = find(noteId);
        requireDraftByMe(note);
        VisitFacts facts = facts(note, today);
        DailyNoteForm.Checked checked = new DailyNoteForm(form).check(context(facts, today));
        LocalDate date = checked.valid() && checked.note().visitDate() != null ? checked.note().visitDate() : null;
        notes.saveDraft(ClinicScope.require(), noteId, date, form);
        audit.record(AuditAction.UPDATE, RESOURCE, noteId, note.patientId(), AuditOutcome.SUCCESS);
        return checked.errors();
    }

    /** The live coding of the form as it stands (nothing saved): units, modifiers, warnings. */
    public Optional<NoteCoding.Result> code(UUID noteId, Map<String, List<String>> form, LocalDate today) {
        Note note = find(noteId);
        VisitFacts facts = facts(note, today);
        DailyNoteForm.Checked checked = new DailyNoteForm(form).check(context(facts, today));
        if (!checked.valid() || checked.note().treatments().isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = checked.note().visitDate() == null ? today : checked.note().visitDate();
        return Optional.of(NoteCoding.code(checked.note(), codingFacts(note, facts, date), codes));
    }

    /** Signs a daily note: complete, on the plan, allowed by the schedule and certification; then locked. */
    public SignResult signDailyNote(UUID noteId, Map<String, List<String>> form, LocalDate today) {
        Note note = find(noteId);
        requireDraftByMe(note);
        VisitFacts draftFacts = facts(note, today);
        DailyNoteForm.Checked typed = new DailyNoteForm(form).check(context(draftFacts, today));
        // Kept as typed, with its date when the date is good, so a refused note reopens on its own day.
        notes.saveDraft(ClinicScope.require(), noteId, typed.valid() ? typed.note().visitDate() : null, form);
        DailyNoteForm.Checked checked = new DailyNoteForm(form).checkForSigning(context(draftFacts, today));
        if (!checked.valid()) {
            return new SignResult(checked.errors());
        }
        LocalDate visit = checked.note().visitDate();
        VisitFacts facts = facts(note, visit);
        Map<String, String> refusals = new LinkedHashMap<>();
        if (facts.schedule().blocksDailyNote(facts.medicareRules())) {
            refusals.put("form", facts.schedule().message(true));
        }
        if (facts.validity().blocksDailyNote()) {
            refusals.put("visitDate", String.join(" ", facts.validity().messages()));
        }
        Signing.Decision decision = Signing.sign(note.kind(), note.status(), note.authorId(), signer(),
                clinic().requiresCosign());
        if (!decision.allowed()) {
            refusals.put("form", decision.refusal());
        }
        if (!refusals.isEmpty()) {
            audit.record(AuditAction.UPDATE, RESOURCE, noteId, note.patientId(), AuditOutcome.CONFLICT);
            return new SignResult(refusals);
        }
        NoteCoding.Result coding = NoteCoding.code(checked.note(), codingFacts(note, facts, visit), codes);
        Map<String, Object> content = header(note, facts, visit);
        content.put("note", checked.note().content());
        content.put("coding", coding(coding));
        // The HEP line: the home programme in force on the visit date, as prescribed.
        HomePrograms.inForce(homePrograms.versions(facts.episode()), visit)
                .ifPresent(program -> content.put("homeProgram", program.noteLine()));
        lock(note, decision.status(), visit, content);
        recordServices(note, coding.lines());
        return new SignResult(Map.of());
    }

    /** The billed lines of a signed note, as coded at signing: what claims are built from. */
    void recordServices(Note note, List<VisitLines.Line> lines) {
        notes.insertServices(ClinicScope.require(), note.id(), lines);
    }

    /** Keeps a draft as typed (any kind); the caller has checked it is the author's open draft. */
    void saveDraftRaw(Note note, LocalDate date, Map<String, List<String>> form) {
        notes.saveDraft(ClinicScope.require(), note.id(), date, form);
        audit.record(AuditAction.UPDATE, RESOURCE, note.id(), note.patientId(), AuditOutcome.SUCCESS);
    }

    /** Whether the signed-in clinician may sign this note now, and to which status. */
    Signing.Decision decide(Note note) {
        return Signing.sign(note.kind(), note.status(), note.authorId(), signer(), clinic().requiresCosign());
    }

    /** Locks a note (of any kind) with its canonical content and the content's hash. */
    void lock(Note note, NoteStatus status, LocalDate visit, Map<String, Object> content) {
        String canonical = CanonicalJson.write(content);
        if (!notes.sign(ClinicScope.require(), note.id(), status, visit, canonical, NoteHash.of(content))) {
            throw new ConflictException("This note was signed meanwhile; reload it.");
        }
        Episode episode = episodes.get(note.episodeId());
        notes.countVisits(ClinicScope.require(), note.episodeId(), evaluations.signed(episode)
                .map(EvaluationRecord::signedAt).map(OffsetDateTime::toLocalDate).orElse(null));
        audit.record(AuditAction.UPDATE, RESOURCE, note.id(), note.patientId(), AuditOutcome.SUCCESS);
    }

    public void cosign(UUID noteId) {
        Note note = find(noteId);
        Signing.Decision decision = Signing.cosign(note.kind(), note.status(), note.authorId(), signer());
        if (!decision.allowed()) {
            throw new ConflictException(decision.refusal());
        }
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        if (!notes.cosign(ClinicScope.require(), noteId, me.userId(), me.displayName())) {
            throw new ConflictException("This note was co-signed meanwhile.");
        }
        audit.record(AuditAction.UPDATE, RESOURCE, noteId, note.patientId(), AuditOutcome.SUCCESS);
    }

    /** A signed, time-stamped correction linked to the note; the note itself is never changed. */
    public Map<String, String> addAddendum(UUID noteId, String text) {
        Note note = find(noteId);
        Addendum.Check check = Addendum.check(note.kind(), note.status(), note.authorId(), signer(), text);
        if (!check.valid()) {
            return check.errors();
        }
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        OffsetDateTime at = OffsetDateTime.now();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("noteId", noteId.toString());
        content.put("noteHash", note.contentHash());
        content.put("text", check.text());
        content.put("author", me.displayName());
        content.put("signedAt", at.toString());
        notes.insertAddendum(ClinicScope.require(), noteId,
                new Note.Addendum(UUID.randomUUID(), check.text(), me.displayName(), at, NoteHash.of(content)),
                me.userId());
        audit.record(AuditAction.CREATE, RESOURCE, noteId, note.patientId(), AuditOutcome.SUCCESS);
        return Map.of();
    }

    /** Drafts may be thrown away by their author; signed notes never (the database refuses too). */
    public UUID discard(UUID noteId) {
        Note note = find(noteId);
        requireDraftByMe(note);
        notes.deleteDraft(ClinicScope.require(), noteId);
        audit.record(AuditAction.DELETE, RESOURCE, noteId, note.patientId(), AuditOutcome.SUCCESS);
        return note.episodeId();
    }

    Note find(UUID noteId) {
        return notes.find(ClinicScope.require(), noteId).orElseThrow(() -> {
            audit.record(AuditAction.READ, RESOURCE, noteId, null, AuditOutcome.NOT_FOUND);
            return new NotFoundException("Note not found");
        });
    }

    void requireDraftByMe(Note note) {
        if (!note.draftOpen()) {
            throw new ConflictException("This note is signed and locked; add an addendum instead.");
        }
        if (!note.authorId().equals(StaffPrincipal.currentUserId())) {
            throw new ConflictException("Only " + note.authorName() + ", who started this note, can change it.");
        }
    }

    /** The plan, the payer and the episode's history, judged for a visit on {@code date}. */
    VisitFacts facts(Note note, LocalDate date) {
        Episode episode = episodes.get(note.episodeId());
        Patient patient = patients.get(episode.patientId());
        PlanOfCare plan = plans.plan(episode).orElseThrow(() -> new ConflictException("The episode has no plan of care."));
        SafetyContext safety = PlanService.safety(screening.of(episode), intakes.of(episode).orElse(null));
        // The signed plan and its amendments: a service the plan never contained needs an amendment first.
        java.util.Set<org.rhomboid.intervention.domain.Intervention> inForce =
                plans.interventionsInForce(episode, plan).keySet();
        PlanCoverage coverage = PlanCoverage.fromPlan(inForce, safety.verdicts(inForce, plan.declaredConditions()),
                codes.procedures());
        boolean medicare = PayerRules.of(patient.primaryPayer()).medicareRules();
        List<LocalDate> treatmentDays = new ArrayList<>();
        evaluations.signed(episode).map(EvaluationRecord::signedAt).map(OffsetDateTime::toLocalDate)
                .ifPresent(treatmentDays::add);
        List<LocalDate> reports = new ArrayList<>();
        for (Note n : notes.ofEpisode(ClinicScope.require(), episode.id())) {
            if (n.draftOpen() || n.id().equals(note.id())) {
                continue;
            }
            if (n.kind() == NoteKind.DAILY_NOTE) {
                treatmentDays.add(n.visitDate());
            } else if (n.kind().closesReportingPeriod()) {
                reports.add(n.visitDate());
            }
        }
        ProgressReportSchedule.Result schedule = ProgressReportSchedule.assess(treatmentDays, reports, date);
        Certification.Status certification = Certification.assess(plan.certificationFacts(), date);
        return new VisitFacts(episode, patient, plan, coverage, medicare, schedule,
                PlanValidity.check(date, plan.endDate(), certification, medicare));
    }

    DailyNoteForm.Context context(VisitFacts facts, LocalDate today) {
        LocalDate start = facts.plan().startDate().isBefore(facts.episode().startedOn())
                ? facts.plan().startDate() : facts.episode().startedOn();
        return new DailyNoteForm.Context(today, start, facts.coverage());
    }

    /**
     * The payer, date and diagnoses, and for Medicare's KX threshold the fee schedule's expected allowed amounts
     * and what this patient has used so far this year.
     */
    private NoteCoding.Facts codingFacts(Note note, VisitFacts facts, LocalDate date) {
        if (!facts.medicareRules()) {
            return new NoteCoding.Facts(facts.patient().primaryPayer(), date, facts.plan().diagnoses(), null, Map.of());
        }
        Map<String, java.math.BigDecimal> allowed = new java.util.HashMap<>();
        fees.fees().forEach((code, fee) -> {
            if (fee.allowed() != null) {
                allowed.put(code, fee.allowed());
            }
        });
        return new NoteCoding.Facts(facts.patient().primaryPayer(), date, facts.plan().diagnoses(),
                notes.allowedThisYear(ClinicScope.require(), note.patientId(), date.getYear(), note.id()), allowed);
    }

    private Signer signer() {
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        return new Signer(me.userId(), me.has(Role.PT) ? Clinician.PT : Clinician.PTA);
    }

    private ClinicProfile clinic() {
        return clinics.profile(ClinicScope.require()).orElseThrow();
    }

    /** Who, what and when: the part of every note's signed content that identifies it. */
    Map<String, Object> header(Note note, VisitFacts facts, LocalDate visit) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("kind", note.kind().name());
        header.put("noteId", note.id().toString());
        header.put("patient", Map.of("name", facts.patient().fullName(), "birthDate", facts.patient().birthDate(),
                "mrn", facts.patient().mrn()));
        header.put("episodeId", note.episodeId().toString());
        header.put("visitDate", visit);
        header.put("author", Map.of("name", note.authorName(), "role", note.authorRole().name()));
        header.put("signedAt", OffsetDateTime.now().withNano(0).toString());
        header.put("diagnoses", facts.plan().diagnoses());
        return header;
    }

    private static Map<String, Object> coding(NoteCoding.Result coding) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Object> lines = new ArrayList<>();
        for (VisitLines.Line l : coding.lines()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("code", l.code());
            line.put("minutes", l.minutes());
            line.put("units", l.units());
            line.put("modifiers", l.modifiers());
            line.put("status", l.status().name());
            line.put("reason", l.reason());
            lines.add(line);
        }
        out.put("lines", lines);
        out.put("totalTimedMinutes", coding.totalTimedMinutes());
        out.put("timedUnits", coding.timedUnits());
        out.put("totalTreatmentMinutes", coding.totalTreatmentMinutes());
        out.put("warnings", coding.warnings());
        return out;
    }
}
