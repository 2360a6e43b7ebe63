package org.rhomboid.visit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.authorization.Authorizations;
import org.rhomboid.authorization.domain.CountedVisit;
import org.rhomboid.billing.domain.VisitLines;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.hep.HomePrograms;
import org.rhomboid.shared.NotFoundException;
import org.rhomboid.shared.domain.Sentences;
import org.rhomboid.visit.domain.Clinician;
import org.rhomboid.visit.domain.DailyNoteForm;
import org.rhomboid.visit.domain.NoteCoding;
import org.rhomboid.visit.domain.NoteKind;
import org.rhomboid.visit.domain.SameDayVisits;
import org.rhomboid.visit.domain.Signing;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily note: kept as typed while it is written, coded live by the coding engine with the patient's payer and
 * the day's other billed services, and signed only when complete, on the plan, allowed by the progress-report
 * schedule and the plan's certification, and not a second note of the day unless it is a separate session.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class DailyNotes {

    /** What the page shows beside the form: a second note of the day, and the last visit's findings to copy. */
    public record Guidance(Optional<String> sameDay, String lastObjective, String lastAssessment) {}

    private final VisitService visits;
    private final VisitFactsReader reader;
    private final NoteRepository notes;
    private final HomePrograms homePrograms;
    private final AuditLog audit;
    private final VisitLines.Rules codes;

    private final ClinicDates clinicDates;
    private final Authorizations authorizations;

    DailyNotes(VisitService visits, VisitFactsReader reader, NoteRepository notes, HomePrograms homePrograms,
               AuditLog audit, VisitLines.Rules codes, ClinicDates clinicDates, Authorizations authorizations) {
        this.clinicDates = clinicDates;
        this.authorizations = authorizations;
        this.visits = visits;
        this.reader = reader;
        this.notes = notes;
        this.homePrograms = homePrograms;
        this.audit = audit;
        this.codes = codes;
    }

    /** Keeps the draft exactly as typed; returns the problems of what is filled in so far. */
    public Map<String, String> saveDraft(UUID noteId, Map<String, List<String>> form, LocalDate today) {
        Note note = visits.find(noteId);
        visits.requireDraftByMe(note);
        DailyNoteForm.Checked checked = new DailyNoteForm(form).check(context(note, reader.facts(note, today), today));
        LocalDate date = checked.valid() && checked.note().visitDate() != null ? checked.note().visitDate() : null;
        notes.saveDraft(ClinicScope.require(), noteId, date, form);
        audit.record(AuditAction.UPDATE, VisitService.RESOURCE, noteId, note.patientId(), AuditOutcome.SUCCESS);
        return checked.errors();
    }

    /** The live coding of the form as it stands (nothing saved): units, modifiers, warnings. */
    public Optional<NoteCoding.Result> code(UUID noteId, Map<String, List<String>> form, LocalDate today) {
        Note note = visits.find(noteId);
        VisitFacts facts = reader.facts(note, today);
        DailyNoteForm.Checked checked = new DailyNoteForm(form).check(context(note, facts, today));
        if (!checked.valid() || checked.note().treatments().isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = checked.note().visitDate() == null ? today : checked.note().visitDate();
        return Optional.of(NoteCoding.code(checked.note(),
                reader.codingFacts(note, facts, date, checked.note().separateSession()), codes));
    }

    /**
     * Signs a daily note: complete, on the plan, allowed by the schedule and certification, one a day unless a
     * separate session; then locked.
     */
    public VisitService.SignResult sign(UUID noteId, Map<String, List<String>> form, LocalDate today) {
        Note note = visits.find(noteId);
        visits.requireDraftByMe(note);
        VisitFacts draftFacts = reader.facts(note, today);
        DailyNoteForm.Checked typed = new DailyNoteForm(form).check(context(note, draftFacts, today));
        // Kept as typed, with its date when the date is good, so a refused note reopens on its own day.
        notes.saveDraft(ClinicScope.require(), noteId, typed.valid() ? typed.note().visitDate() : null, form);
        DailyNoteForm.Checked checked = new DailyNoteForm(form).checkForSigning(context(note, draftFacts, today));
        if (!checked.valid()) {
            return new VisitService.SignResult(checked.errors());
        }
        LocalDate visit = checked.note().visitDate();
        VisitFacts facts = reader.facts(note, visit);
        Map<String, String> refusals = new LinkedHashMap<>();
        if (facts.schedule().blocksDailyNote(facts.medicareRules())) {
            refusals.put("form", facts.schedule().message(true, clinicDates.words()));
        }
        if (facts.validity().blocksDailyNote()) {
            refusals.put("visitDate", Sentences.join(facts.validity().messages()));
        }
        SameDayVisits.refusal(others(note), visit, checked.note().separateSession(), clinicDates.words())
                .ifPresent(why -> refusals.put("visitDate", why));
        Signing.Decision decision = visits.decide(note);
        if (!decision.allowed()) {
            refusals.put("form", decision.refusal());
        }
        if (!refusals.isEmpty()) {
            audit.record(AuditAction.UPDATE, VisitService.RESOURCE, noteId, note.patientId(), AuditOutcome.CONFLICT);
            return new VisitService.SignResult(refusals);
        }
        NoteCoding.Result coding = NoteCoding.code(checked.note(),
                reader.codingFacts(note, facts, visit, checked.note().separateSession()), codes);
        Map<String, Object> content = VisitService.header(note, facts, visit);
        content.put("note", checked.note().content());
        content.put("coding", CodedLines.of(coding));
        // The HEP line: the home programme in force on the visit date, as prescribed.
        HomePrograms.inForce(homePrograms.versions(facts.episode()), visit)
                .ifPresent(program -> content.put("homeProgram", program.noteLine(clinicDates.words())));
        visits.lock(note, decision.status(), visit, content, checked.note().separateSessionReason());
        visits.recordServices(note, coding.lines());
        // Outside every prior authorization, or beyond its count: recorded with the note as a warning, never a refusal.
        authorizations.recordSigned(note.patientId(), noteId, visit);
        return new VisitService.SignResult(Map.of());
    }

    /**
     * The prior-authorization warning the draft would carry if signed as it stands (its date, the coded billable
     * lines), or empty: shown before signing.
     */
    public Optional<String> authorizationWarning(Note note, Map<String, List<String>> typed, LocalDate today) {
        DailyNoteForm form = new DailyNoteForm(typed);
        LocalDate date = parse(form.value("visitDate")).orElse(note.visitDate() == null ? today : note.visitDate());
        List<CountedVisit.Line> lines = code(note.id(), typed, today)
                .map(c -> c.lines().stream().filter(l -> l.status() == VisitLines.Status.BILLABLE)
                        .map(l -> new CountedVisit.Line(l.code(), l.units())).toList())
                .orElse(List.of());
        return authorizations.signingWarning(note.patientId(), note.id(), date, lines);
    }

    /** The prior-authorization warning a signed note carried when it was signed, or empty. */
    public Optional<String> recordedAuthorizationWarning(Note note) {
        return authorizations.recordedFlag(note.id());
    }

    /** What the page shows beside a draft: the same-day warning for its date, and the last visit's findings. */
    public Guidance guidance(Note note, Map<String, List<String>> typed) {
        DailyNoteForm form = new DailyNoteForm(typed);
        LocalDate date = parse(form.value("visitDate")).orElse(note.visitDate());
        Optional<String> sameDay = SameDayVisits.warning(others(note), date, !form.value("separateSession").isEmpty());
        Note last = notes.ofEpisode(ClinicScope.require(), note.episodeId()).stream()
                .filter(n -> n.kind() == NoteKind.DAILY_NOTE && !n.draftOpen() && !n.id().equals(note.id()))
                .reduce((a, b) -> b).orElse(null);
        String objective = last == null ? "" : last.draft().getOrDefault("objective", List.of("")).get(0);
        String assessment = last == null ? "" : last.draft().getOrDefault("assessment", List.of("")).get(0);
        return new Guidance(sameDay, objective, assessment);
    }

    /** The episode's other signed daily notes. */
    private List<SameDayVisits.Signed> others(Note note) {
        return notes.ofEpisode(ClinicScope.require(), note.episodeId()).stream()
                .filter(n -> n.kind() == NoteKind.DAILY_NOTE && !n.draftOpen() && !n.id().equals(note.id()))
                .map(n -> new SameDayVisits.Signed(n.id(), n.visitDate(), n.authorName(),
                        n.separateSessionReason() != null))
                .toList();
    }

    private DailyNoteForm.Context context(Note note, VisitFacts facts, LocalDate today) {
        return reader.context(facts, today, note.authorRole() == Clinician.PTA);
    }

    private static Optional<LocalDate> parse(String raw) {
        try {
            return raw.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(raw));
        } catch (java.time.format.DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
