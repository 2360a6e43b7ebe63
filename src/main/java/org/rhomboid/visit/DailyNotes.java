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

    /** What the page shows beside a draft as typed: the live coding, the guidance, the authorization warning. */
    public record Beside(Optional<NoteCoding.Result> coding, Guidance guidance, Optional<String> authorizationFlag) {}

    /**
     * Keeps the draft exactly as typed; returns the problems of what is filled in so far. The view is the note as
     * the request read it (the form is checked against its plan, which does not depend on the date).
     */
    public Map<String, String> saveDraft(VisitService.NoteView view, Map<String, List<String>> form, LocalDate today) {
        Note note = view.note();
        UUID noteId = note.id();
        visits.requireDraftByMe(note);
        DailyNoteForm.Checked checked = new DailyNoteForm(form).check(context(note, view.facts(), today));
        LocalDate date = checked.valid() && checked.note().visitDate() != null ? checked.note().visitDate() : null;
        notes.saveDraft(ClinicScope.require(), noteId, date, form);
        audit.record(AuditAction.UPDATE, VisitService.RESOURCE, noteId, note.patientId(), AuditOutcome.SUCCESS);
        return checked.errors();
    }

    /** For the htmx call while services are typed: the note, the episode and its plan read once. */
    public Beside beside(UUID noteId, Map<String, List<String>> form, LocalDate today) {
        Note note = visits.find(noteId);
        List<Note> episodeNotes = notes.ofEpisode(ClinicScope.require(), note.episodeId());
        return beside(note, reader.facts(note, today, episodeNotes), episodeNotes, form, today);
    }

    /** The same from what the request has read already (the facts of any date: coding does not depend on it). */
    public Beside beside(VisitService.NoteView view, Map<String, List<String>> form, LocalDate today) {
        return beside(view.note(), view.facts(), view.episodeNotes(), form, today);
    }

    private Beside beside(Note note, VisitFacts facts, List<Note> episodeNotes, Map<String, List<String>> form,
                          LocalDate today) {
        Optional<NoteCoding.Result> coding = code(note, facts, form, today);
        return new Beside(coding, guidance(note, episodeNotes, form), authorizationWarning(note, coding, form, today));
    }

    /** The live coding of the form as it stands (nothing saved): units, modifiers, warnings. */
    private Optional<NoteCoding.Result> code(Note note, VisitFacts facts, Map<String, List<String>> form,
                                             LocalDate today) {
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
    public VisitService.SignResult sign(VisitService.NoteView view, Map<String, List<String>> form, LocalDate today) {
        Note note = view.note();
        UUID noteId = note.id();
        visits.requireDraftByMe(note);
        VisitFacts draftFacts = view.facts();
        DailyNoteForm.Checked typed = new DailyNoteForm(form).check(context(note, draftFacts, today));
        // Kept as typed, with its date when the date is good, so a refused note reopens on its own day.
        notes.saveDraft(ClinicScope.require(), noteId, typed.valid() ? typed.note().visitDate() : null, form);
        DailyNoteForm.Checked checked = new DailyNoteForm(form).checkForSigning(context(note, draftFacts, today));
        if (!checked.valid()) {
            return new VisitService.SignResult(checked.errors());
        }
        LocalDate visit = checked.note().visitDate();
        VisitFacts facts = visit.equals(draftFacts.schedule().date()) ? draftFacts
                : reader.on(draftFacts, note, visit, view.episodeNotes());
        Map<String, String> refusals = new LinkedHashMap<>();
        if (facts.schedule().blocksDailyNote(facts.medicareRules())) {
            refusals.put("form", facts.schedule().message(true, clinicDates.words()));
        }
        if (facts.validity().blocksDailyNote()) {
            refusals.put("visitDate", Sentences.join(facts.validity().messages()));
        }
        SameDayVisits.refusal(others(note, view.episodeNotes()), visit, checked.note().separateSession(), clinicDates.words())
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
    private Optional<String> authorizationWarning(Note note, Optional<NoteCoding.Result> coding,
                                                  Map<String, List<String>> typed, LocalDate today) {
        DailyNoteForm form = new DailyNoteForm(typed);
        LocalDate date = parse(form.value("visitDate")).orElse(note.visitDate() == null ? today : note.visitDate());
        List<CountedVisit.Line> lines = coding
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
    private Guidance guidance(Note note, List<Note> episodeNotes, Map<String, List<String>> typed) {
        DailyNoteForm form = new DailyNoteForm(typed);
        LocalDate date = parse(form.value("visitDate")).orElse(note.visitDate());
        Optional<String> sameDay = SameDayVisits.warning(others(note, episodeNotes), date,
                !form.value("separateSession").isEmpty());
        Note last = episodeNotes.stream()
                .filter(n -> n.kind() == NoteKind.DAILY_NOTE && !n.draftOpen() && !n.id().equals(note.id()))
                .reduce((a, b) -> b).orElse(null);
        // Only the last visit's form is read, not every note's.
        Map<String, List<String>> lastForm = last == null ? Map.of() : notes.draft(ClinicScope.require(), last.id());
        String objective = lastForm.getOrDefault("objective", List.of("")).get(0);
        String assessment = lastForm.getOrDefault("assessment", List.of("")).get(0);
        return new Guidance(sameDay, objective, assessment);
    }

    /** The episode's other signed daily notes. */
    private List<SameDayVisits.Signed> others(Note note, List<Note> episodeNotes) {
        return episodeNotes.stream()
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
