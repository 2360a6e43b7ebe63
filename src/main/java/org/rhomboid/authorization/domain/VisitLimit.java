package org.rhomboid.authorization.domain;

import java.util.UUID;
import org.rhomboid.patient.domain.Payer;

/** The plan's limit of visits in one calendar year, whatever the authorizations allow. */
public record VisitLimit(UUID id, UUID patientId, Payer payerKind, String payerName, int year, int visitsAllowed) {}
