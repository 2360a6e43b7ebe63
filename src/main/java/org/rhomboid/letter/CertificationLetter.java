package org.rhomboid.letter;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rhomboid.episode.Episode;
import org.rhomboid.evaluation.EvaluationDocument;
import org.rhomboid.intervention.domain.Intervention;
import org.rhomboid.patient.Patient;

/**
 * The plan of care sent for the physician's or non-physician practitioner's certification (POC-CERT, POC-LETTER):
 * the plan's required elements — diagnoses, long-term goals, type, frequency and duration of the services — and
 * the period to certify, with a signature and date block. Made from the signed initial evaluation.
 */
public record CertificationLetter(LocalDate date, EvaluationDocument evaluation, List<String> diagnoses)
        implements Letter {

    @Override
    public LetterKind kind() {
        return LetterKind.PLAN_OF_CARE;
    }

    @Override
    public Patient patient() {
        return evaluation.patient();
    }

    @Override
    public Episode episode() {
        return evaluation.episode();
    }

    @Override
    public String author() {
        return evaluation.evaluation().signedBy();
    }

    @Override
    public OffsetDateTime signedAt() {
        return evaluation.evaluation().signedAt();
    }

    /** The day of the evaluation visit (its date of service). */
    public LocalDate evaluatedOn() {
        return evaluation.evaluation().evaluatedOn();
    }

    /** Each planned intervention with its CPT codes, and the therapist's adaptation when there is one. */
    public List<String> interventions() {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<Intervention, String> e : evaluation.plan().interventions().entrySet()) {
            String note = e.getValue() == null || e.getValue().isBlank() ? "" : " — " + e.getValue().strip();
            lines.add(e.getKey().label() + " (CPT " + String.join(", ", e.getKey().cptCodes()) + ")" + note);
        }
        return lines;
    }

    /** Whether the day to return the signed plan has passed (it is still asked for: delayed certification). */
    public boolean returnOverdue() {
        return date.isAfter(evaluation.certification().certifyBy());
    }
}
