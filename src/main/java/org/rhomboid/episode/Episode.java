package org.rhomboid.episode;

import java.time.LocalDate;
import java.util.UUID;
import org.rhomboid.episode.domain.BodyRegion;
import org.rhomboid.episode.domain.EpisodeStatus;
import org.rhomboid.episode.domain.Mechanism;

/** One episode of care for one problem, from evaluation to discharge. */
public record Episode(UUID id, UUID patientId, BodyRegion bodyRegion, LocalDate onsetDate, Mechanism mechanism,
                      EpisodeStatus status, UUID treatingTherapistId, String treatingTherapistName,
                      LocalDate startedOn, LocalDate dischargedOn, int version) {

    public EpisodeDetails details() {
        return new EpisodeDetails(bodyRegion, onsetDate, mechanism, status, treatingTherapistId, version);
    }
}
