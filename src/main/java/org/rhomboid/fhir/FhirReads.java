package org.rhomboid.fhir;

import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checks and audit every records class makes around its own SQL, written once so that they cannot drift apart:
 * a read (404 audited as not found; the patient checked; the read audited), a find for {@code _include} (the same
 * but empty, never thrown, for not found) and a type's part of {@code $everything}. Each records class keeps its own
 * id parsing and SQL and its own {@code @Transactional}; these run inside it.
 */
@Component
public class FhirReads {

    private final FhirAudit audit;
    private final FhirPatients access;

    FhirReads(FhirAudit audit, FhirPatients access) {
        this.audit = audit;
        this.access = access;
    }

    /**
     * A read of what was {@code found} under {@code id} (the id audited; null when the id is none of ours, then
     * not audited): 404 "No such {what} in this clinic" when empty. {@code patientOf} gives null for a resource
     * about no patient (the clinic's directory), which is then not checked.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <R> R read(String type, String what, UUID id, Optional<R> found, Function<R, UUID> patientOf) {
        if (found.isEmpty()) {
            if (id != null) {
                audit.notFound(type, id);
            }
            throw new ResourceNotFoundException("No such " + what + " in this clinic");
        }
        return checked(type, id, found.get(), patientOf);
    }

    /** As {@link #read} but empty for not found (a throw would mark the caller's transaction rollback-only). */
    @Transactional(propagation = Propagation.MANDATORY)
    public <R> Optional<R> find(String type, UUID id, Optional<R> found, Function<R, UUID> patientOf) {
        found.ifPresent(r -> checked(type, id, r, patientOf));
        return found;
    }

    /** {@link #find} of a resource whose id is a row's UUID: any other id is simply not found. */
    @Transactional(propagation = Propagation.MANDATORY)
    public <R> Optional<R> find(String type, String id, Function<UUID, Optional<R>> select,
                                Function<R, UUID> patientOf) {
        UUID uuid = FhirIds.orNull(id);
        return find(type, uuid, uuid == null ? Optional.<R>empty() : select.apply(uuid), patientOf);
    }

    /** A type's part of a patient's record: the patient checked first, then the rows audited as one search. */
    @Transactional(propagation = Propagation.MANDATORY)
    public <R> List<R> everything(String type, UUID patientId, Supplier<List<R>> rows) {
        access.require(patientId);
        List<R> all = rows.get();
        audit.searched(type, all.size(), List.of(patientId));
        return all;
    }

    private <R> R checked(String type, UUID id, R found, Function<R, UUID> patientOf) {
        UUID patient = patientOf.apply(found);
        if (patient != null) {
            access.require(patient);
        }
        audit.read(type, id, patient);
        return found;
    }
}
