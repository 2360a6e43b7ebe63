package org.rhomboid.visit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.document.PdfRenderer;
import org.rhomboid.screening.RedFlagStatements;
import org.rhomboid.settings.ClinicSettings;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.visit.domain.NoteKind;
import org.springframework.stereotype.Component;

/**
 * A signed note (daily note, progress report, re-evaluation, discharge summary) as its PDF: letterhead, patient on
 * every page, page numbers, the seal and any addenda. The note page's download and the FHIR Binary both use it.
 * The initial evaluation's PDF is the evaluation's own ({@code evaluation.EvaluationPdfs}).
 */
@Component
public class NotePdfs {

    private final VisitService visits;
    private final DailyNotes dailyNotes;
    private final TherapistReports reports;
    private final ClinicSettings clinic;
    private final PdfRenderer documents;
    private final RedFlagStatements redFlags;

    NotePdfs(VisitService visits, DailyNotes dailyNotes, TherapistReports reports, ClinicSettings clinic,
             PdfRenderer documents, RedFlagStatements redFlags) {
        this.visits = visits;
        this.dailyNotes = dailyNotes;
        this.reports = reports;
        this.clinic = clinic;
        this.documents = documents;
        this.redFlags = redFlags;
    }

    /** The PDF of a signed note other than the initial evaluation; 409 for a draft. */
    public byte[] render(UUID noteId) {
        return render(visits.view(noteId));
    }

    byte[] render(VisitService.NoteView view) {
        Note note = view.note();
        if (note.draftOpen()) {
            throw new ConflictException("A draft has no PDF: sign the note first.");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("title", note.kind().label());
        variables.put("clinic", clinic.current());
        variables.put("patient", view.facts().patient());
        variables.put("note", note);
        variables.put("content", view.content());
        variables.put("intact", view.intact());
        variables.put("addenda", view.addenda());
        variables.put("authorizationFlag", note.kind() == NoteKind.DAILY_NOTE
                ? dailyNotes.recordedAuthorizationWarning(note).orElse(null) : null);
        variables.put("diagnoses", view.facts().plan().diagnoses());
        // The red flags and precautions in force when the note was signed.
        variables.put("safety", redFlags.asOf(view.facts().episode(), note.signedAt()));
        variables.put("charts", note.kind() == NoteKind.DAILY_NOTE ? List.of()
                : reports.charts(view.facts(), note.visitDate()));
        return documents.render("documents/note", variables);
    }
}
