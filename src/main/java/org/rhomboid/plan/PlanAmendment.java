package org.rhomboid.plan;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.intervention.domain.Intervention;

/** Interventions added to a signed plan of care, with the PT's notes on adapting them and the reason. */
public record PlanAmendment(UUID id, UUID episodeId, Map<Intervention, String> interventions, String reason,
                            String signedBy, OffsetDateTime signedAt) {}
