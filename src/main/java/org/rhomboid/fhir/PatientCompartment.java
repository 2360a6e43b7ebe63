package org.rhomboid.fhir;

import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Resource;

/**
 * One type's part of a patient's record, for {@code Patient/{id}/$everything}: every resource of the type about the
 * patient, audited as a search. The operation asks only the types the caller's role may read.
 */
public interface PatientCompartment {

    String type();

    List<? extends Resource> everything(UUID patientId);
}
