package org.rhomboid.fhir;

import java.util.Optional;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads one resource of a type by id, with the same checks and audit as its read: what {@code _include} uses to
 * bring the resources a match refers to. Every provider's records implement it.
 */
public interface FhirReader {

    String type();

    /** The resource, checked and audited; empty when no such resource is in this clinic. */
    Optional<? extends Resource> find(String id);
}
