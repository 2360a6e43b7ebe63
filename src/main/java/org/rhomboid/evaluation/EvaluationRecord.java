package org.rhomboid.evaluation;

import java.time.OffsetDateTime;
import org.rhomboid.evaluation.domain.Assessment;
import org.rhomboid.evaluation.domain.InitialEvaluationNote;

/** The stored evaluation: the assessment, and once signed, the locked note with who signed it and when. */
public record EvaluationRecord(Assessment assessment, boolean signed, InitialEvaluationNote note, String signedBy,
                               OffsetDateTime signedAt) {
}
