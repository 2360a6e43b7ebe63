package org.rhomboid.fhir;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One audit event per FHIR read or search, in the reading transaction: the type, the resource or the number
 * returned and the patients they concern — never their content, and never the search's values.
 */
@Component
public class FhirAudit {

    private final AuditLog audit;

    FhirAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void read(String type, UUID id, UUID patientId) {
        audit.record(AuditAction.READ, type, id, patientId, AuditOutcome.SUCCESS, "FHIR read");
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void notFound(String type, UUID id) {
        audit.record(AuditAction.READ, type, id, null, AuditOutcome.NOT_FOUND, "FHIR read");
    }

    /** A search (or an operation returning many): how many resources of the type, for which patients. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void searched(String type, int returned, Collection<UUID> patients) {
        List<UUID> shown = patients.stream().filter(java.util.Objects::nonNull).distinct().toList();
        audit.recordShown(AuditAction.SEARCH, type, shown, "FHIR search: " + returned + " returned");
    }
}
