package org.rhomboid.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.rhomboid.outcome.domain.OutcomeInstrument;

/**
 * One recorded outcome measure of an episode.
 *
 * @param value what is followed over time: the percentage for NDI, ODI and FRI, the score otherwise (null for
 *              FABQ, which has subscales only)
 */
public record OutcomeResult(UUID id, UUID episodeId, OutcomeInstrument instrument, List<Integer> responses,
                            BigDecimal score, BigDecimal percent, BigDecimal value, int answered, LocalDate measuredOn,
                            Source source) {

    /** Who gave the answers: the patient at intake or later by link, or the therapist recording them. */
    public enum Source {
        INTAKE("Patient intake"), THERAPIST("Recorded"), PATIENT("Patient, by link");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
