package org.rhomboid.letter;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.rhomboid.episode.Episode;
import org.rhomboid.patient.Patient;
import org.rhomboid.plan.domain.PlanOfCare;
import org.rhomboid.visit.Note;
import org.rhomboid.visit.ProgressReports;

/**
 * The progress letter: the latest signed progress report as signed (goal by goal, outcomes baseline against
 * latest, assessment, plan), with each measure's trend chart up to the report's date. A progress report needs no
 * physician signature (PR-10-DAYS), so this letter informs; it asks for nothing to be signed.
 *
 * @param content the report's signed content, as the note page and PDF show it
 * @param charts  the trend charts, one per measure
 */
public record ProgressLetter(LocalDate date, Patient patient, Episode episode, Note report,
                             Map<String, Object> content, List<ProgressReports.Chart> charts,
                             PlanOfCare plan,
                             List<String> diagnoses) implements Letter {

    @Override
    public LetterKind kind() {
        return LetterKind.PROGRESS;
    }

    @Override
    public String author() {
        return report.authorName();
    }

    @Override
    public OffsetDateTime signedAt() {
        return report.signedAt();
    }
}
