package org.rhomboid.screening;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.rhomboid.screening.domain.Finding;
import org.rhomboid.screening.domain.ScreeningResult;
import org.rhomboid.screening.domain.Sex;

/** One stored screening of an episode: what was screened, the result, and what prompted it. */
public record ScreeningRecord(UUID id, UUID episodeId, int age, Sex sex, List<Finding> findings,
                              ScreeningResult result, FindingSource trigger, OffsetDateTime screenedAt) {
}
