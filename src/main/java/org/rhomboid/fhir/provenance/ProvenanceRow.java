package org.rhomboid.fhir.provenance;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One act on a signed note: its signature ({@code SIGNED}, id the note's), a physical therapist's co-signature of an
 * assistant's note ({@code COSIGNED}, id "{noteId}.cosign") or an addendum ({@code AMENDED}, id the addendum's).
 */
record ProvenanceRow(String id, String act, UUID noteId, UUID patientId, OffsetDateTime recorded, UUID who,
                     String whoName, String authorRole, UUID auditId) {
}
