package org.rhomboid.evaluation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.rhomboid.evaluation.domain.Assessment;
import org.rhomboid.evaluation.domain.InitialEvaluationNote;

/**
 * The stored evaluation: the assessment, and once signed, the locked note with who signed it and when.
 *
 * @param evaluatedOn the date of the evaluation visit (its date of service), which may precede the signature
 */
public record EvaluationRecord(Assessment assessment, boolean signed, InitialEvaluationNote note, String signedBy,
                               OffsetDateTime signedAt, LocalDate evaluatedOn) {
}
