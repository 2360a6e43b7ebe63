package org.rhomboid.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import org.rhomboid.monitoring.BusinessCounters;
import org.rhomboid.billing.domain.VisitLines;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicProfile;
import org.rhomboid.clinic.ClinicRepository;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.episode.domain.EpisodeStatus;
import org.rhomboid.evaluation.EvaluationRecord;
import org.rhomboid.evaluation.EvaluationService;
import org.rhomboid.hep.HomeExerciseProgress;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.shared.NotFoundException;
import org.rhomboid.visit.domain.Addendum;
import org.rhomboid.visit.domain.CanonicalJson;
import org.rhomboid.visit.domain.CarryForward;
import org.rhomboid.visit.domain.Clinician;
import org.rhomboid.visit.domain.HepAdherence;
import org.rhomboid.visit.domain.LateEntry;
import org.rhomboid.visit.domain.NoteHash;
import org.rhomboid.visit.domain.NoteKind;
import org.rhomboid.visit.domain.NoteStatus;
import org.rhomboid.visit.domain.Signer;
import org.rhomboid.visit.domain.Signing;
import org.springframework.context.ApplicationEventPublisher;
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

    /**
     * A note with everything its page shows.
     *
     * @param episodeNotes the episode's notes without their drafts, read once for the whole request
     */
    public record NoteView(Note note, VisitFacts facts, Map<String, Object> content, boolean intact,
                           List<Note.Addendum> addenda, List<Note> episodeNotes) {}

    /** The outcome of signing: refusals by field (or "form"), empty when signed. */
    public record SignResult(Map<String, String> errors) {
        public boolean signed() {
            return errors.isEmpty();
        }
    }

    /** A signed note documenting a visit, as the schedule lists it beside the appointments of its day. */
    public record SignedVisit(UUID noteId, UUID patientId, String patientName, NoteKind kind, UUID authorId,
                              String authorName) {}

    private final NoteRepository notes;
    private final VisitFactsReader reader;
    private final EpisodeService episodes;
    private final EvaluationService evaluations;
    private final ClinicRepository clinics;
    private final AuditLog audit;
    private final HomeExerciseProgress homeExercise;
    private final BusinessCounters counters;

    private final ClinicDates clinicDates;
    private final ApplicationEventPublisher events;

    VisitService(NoteRepository notes, VisitFactsReader reader, EpisodeService episodes,
                 EvaluationService evaluations, ClinicRepository clinics, AuditLog audit,
                 HomeExerciseProgress homeExercise, BusinessCounters counters,
                 ClinicDates clinicDates, ApplicationEventPublisher events) {
        this.clinicDates = clinicDates;
        this.events = events;
        this.notes = notes;
        this.reader = reader;
        this.episodes = episodes;
        this.evaluations = evaluations;
        this.clinics = clinics;
        this.audit = audit;
        this.homeExercise = homeExercise;
        this.counters = counters;
        counters.expect(BusinessCounters.NOTES_SIGNED, "kind", NoteKind.values());
    }

    /**
     * The day's signed visit notes (of one author, or all with null) except those of the patients given — the
     * schedule passes the patients who had an appointment that day, so what is left are the visits seen without
     * one. The patients returned are audited as shown.
     */
    public List<SignedVisit> signedVisitsOn(LocalDate day, java.util.Collection<UUID> exceptPatients, UUID authorId) {
        java.util.Set<UUID> except = new java.util.HashSet<>(exceptPatients);
        List<SignedVisit> found = notes.signedVisitsOn(ClinicScope.require(), day, authorId).stream()
                .filter(v -> !except.contains(v.patientId())).toList();
        if (!found.isEmpty()) {
            audit.recordShown(AuditAction.READ, RESOURCE, found.stream().map(SignedVisit::patientId).distinct()
                    .toList(), "visits of " + day + " without an appointment");
        }
        return found;
    }

    /** The episode's notes, oldest first; the caller has read the episode. */
    public List<Note> notes(Episode episode) {
        List<Note> found = notes.ofEpisode(ClinicScope.require(), episode.id());
        audit.record(AuditAction.READ, RESOURCE, null, episode.patientId(), AuditOutcome.SUCCESS);
        return found;
    }

    /**
     * Starts a note of the kind for today: the author's open draft of that kind if there is one, otherwise a new
     * draft; a daily note carries forward the services and the exercises with their dosage from the last daily
     * note (CarryForward), nothing that describes that one visit.
     */
    public Note start(UUID episodeId, NoteKind kind, LocalDate today) {
        Episode episode = episodes.get(episodeId);
        if (!kind.written()) {
            throw new ConflictException("The initial evaluation is written on its own page.");
        }
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
            lastDailyNote(existing).ifPresent(last -> draft.putAll(CarryForward.from(
                    notes.draft(ClinicScope.require(), last.id()))));
        }
        draft.put("visitDate", List.of(today.toString()));
        if (kind == NoteKind.DAILY_NOTE) {
            suggestAdherence(episode, existing, today).ifPresent(a -> draft.put("hepAdherence", List.of(a.name())));
        }
        Note note = new Note(UUID.randomUUID(), episodeId, episode.patientId(), kind, today, NoteStatus.DRAFT, draft,
                null, null, me.userId(), me.displayName(), role, null, null, null, null, OffsetDateTime.now(), null,
                null);
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
        List<Note> episodeNotes = notes.ofEpisode(ClinicScope.require(), note.episodeId());
        return new NoteView(note, reader.facts(note, note.visitDate(), episodeNotes), content, intact,
                notes.addenda(ClinicScope.require(), note.id()), episodeNotes);
    }

    /**
     * The same draft read again after it was saved (its form and perhaps its date changed): the episode's other
     * notes and the plan are those of the view; only the facts that depend on the date are judged again.
     */
    NoteView reread(NoteView before) {
        Note note = find(before.note().id());
        if (!note.draftOpen()) {
            return view(note.id());
        }
        audit.record(AuditAction.READ, RESOURCE, note.id(), note.patientId(), AuditOutcome.SUCCESS);
        VisitFacts facts = note.visitDate().equals(before.facts().schedule().date()) ? before.facts()
                : reader.on(before.facts(), note, note.visitDate(), before.episodeNotes());
        return new NoteView(note, facts, Map.of(), true, before.addenda(), before.episodeNotes());
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

    /**
     * Locks a note (of any kind) with its canonical content and the content's hash; a note signed more than the
     * clinic's days after its visit says so in its content (LATE-ENTRY).
     *
     * @param separateSession for a second daily note of the day, why it is a separate session; else null
     */
    void lock(Note note, NoteStatus status, LocalDate visit, Map<String, Object> content, String separateSession) {
        LateEntry.of(visit, clinicDates.today(), clinic().lateEntryDays())
                .ifPresent(late -> content.put("lateEntry", late.sentence(clinicDates.words())));
        String canonical = CanonicalJson.write(content);
        boolean signed;
        try {
            signed = notes.sign(ClinicScope.require(), note.id(), status, visit, canonical, NoteHash.of(content),
                    separateSession);
        } catch (org.springframework.dao.DuplicateKeyException secondNoteThatDay) {
            throw new ConflictException("Another daily note for " + visit + " was signed a moment ago: mark this one"
                    + " as a separate session, or add to the first with an addendum.");
        }
        if (!signed) {
            throw new ConflictException("This note was signed meanwhile; reload it.");
        }
        countVisits(note.episodeId());
        audit.record(AuditAction.UPDATE, RESOURCE, note.id(), note.patientId(), AuditOutcome.SUCCESS);
        counters.noteSigned(note.kind());
        announceSigned(note, visit);
    }

    /** Tells the features that listen (the schedule) that the note of this visit is signed. */
    void announceSigned(Note note, LocalDate visit) {
        events.publishEvent(new NoteSigned(note.id(), note.episodeId(), note.patientId(), note.kind(), visit,
                note.authorId()));
    }

    void lock(Note note, NoteStatus status, LocalDate visit, Map<String, Object> content) {
        lock(note, status, visit, content, null);
    }

    /** Recounts the episode's visits for the dashboard: the distinct days of its signed notes and evaluation. */
    void countVisits(java.util.UUID episodeId) {
        Episode episode = episodes.get(episodeId);
        notes.countVisits(ClinicScope.require(), episodeId, evaluations.signed(episode)
                .map(EvaluationRecord::evaluatedOn).orElse(null));
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
        return reader.facts(note, date);
    }

    /** The episode's latest daily note (signed or not), if any. */
    static Optional<Note> lastDailyNote(List<Note> notes) {
        return notes.stream().filter(n -> n.kind() == NoteKind.DAILY_NOTE).reduce((a, b) -> b);
    }

    Signer signer() {
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        return new Signer(me.userId(), me.has(Role.PT) ? Clinician.PT : Clinician.PTA);
    }

    ClinicProfile clinic() {
        return clinics.profile(ClinicScope.require()).orElseThrow();
    }

    /** Who, what and when: the part of every note's signed content that identifies it. */
    static Map<String, Object> header(Note note, VisitFacts facts, LocalDate visit) {
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
}
