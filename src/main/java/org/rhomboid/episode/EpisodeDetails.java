package org.rhomboid.episode;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.UUID;
import org.rhomboid.episode.domain.BodyRegion;
import org.rhomboid.episode.domain.EpisodeStatus;
import org.rhomboid.episode.domain.Mechanism;

/**
 * What staff enter to open or change an episode.
 *
 * @param status  left out when opening, the episode starts OPEN
 * @param version the version this edit started from; ignored when opening
 */
public record EpisodeDetails(
        @NotNull(message = "Choose the body region") BodyRegion bodyRegion,
        @NotNull(message = "Enter the onset date") @PastOrPresent(message = "Onset date can’t be in the future")
        LocalDate onsetDate,
        @NotNull(message = "Choose how it began") Mechanism mechanism,
        EpisodeStatus status,
        @NotNull(message = "Choose the treating physical therapist") UUID treatingTherapistId,
        Integer version) {

    public static EpisodeDetails opening(UUID therapist) {
        return new EpisodeDetails(BodyRegion.THORACIC, null, null, EpisodeStatus.OPEN, therapist, null);
    }
}
