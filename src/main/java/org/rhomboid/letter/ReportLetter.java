package org.rhomboid.letter;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.rhomboid.episode.Episode;
import org.rhomboid.patient.Patient;
import org.rhomboid.plan.domain.PlanOfCare;
import org.rhomboid.visit.Note;
import org.rhomboid.visit.TherapistReports;

/**
 * A letter made from a therapist's signed report: the progress letter from the latest progress report, the
 * discharge letter from the discharge summary — the report as signed (goal by goal, outcomes baseline against
 * latest, assessment, plan or home programme), with each measure's trend chart up to the report's date. Neither
 * needs a physician's signature (PR-10-DAYS), so these letters inform; they ask for nothing to be signed.
 *
 * @param kind    PROGRESS or DISCHARGE
 * @param content the report's signed content, as the note page and PDF show it
 * @param charts  the trend charts, one per measure
 */
public record ReportLetter(LetterKind kind, LocalDate date, Patient patient, Episode episode, Note report,
                             Map<String, Object> content, List<TherapistReports.Chart> charts,
                             PlanOfCare plan,
                             List<String> diagnoses) implements Letter {

    @Override
    public String author() {
        return report.authorName();
    }

    @Override
    public OffsetDateTime signedAt() {
        return report.signedAt();
    }
}
