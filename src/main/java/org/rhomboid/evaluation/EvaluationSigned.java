package org.rhomboid.evaluation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An initial evaluation was just signed (published inside the signing transaction): the visit it documents is a
 * billable visit on its own date with its evaluation code (97161–97163), which the visit feature records.
 */
public record EvaluationSigned(UUID episodeId, UUID patientId, LocalDate evaluatedOn, String code) {
}
