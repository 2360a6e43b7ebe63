package org.rhomboid.fhir.provenance;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.UUID;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Provenance;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirPage;
import org.springframework.stereotype.Component;

/** Provenance (US Core): read; search by {@code patient}, {@code target} (a DocumentReference or Encounter), {@code _id}. */
@Component
public class ProvenanceProvider implements IResourceProvider {

    private final ProvenanceRecords records;

    ProvenanceProvider(ProvenanceRecords records) {
        this.records = records;
    }

    @Override
    public Class<Provenance> getResourceType() {
        return Provenance.class;
    }

    @Read
    public Provenance read(@IdParam IdType id) {
        return records.read(id.getIdPart());
    }

    @Search(allowUnknownParams = false)
    public IBundleProvider search(@OptionalParam(name = "_id") TokenParam id,
                                  @OptionalParam(name = Provenance.SP_PATIENT) ReferenceParam patient,
                                  @OptionalParam(name = Provenance.SP_TARGET) ReferenceParam target,
                                  @Offset Integer offset, @Count Integer count) {
        if (id == null && patient == null && target == null) {
            throw new InvalidRequestException("Search Provenance by patient, target or _id");
        }
        UUID patientId = patient == null ? null : FhirIds.ofReference("patient", patient.getValue());
        UUID note = null;
        if (target != null) {
            String type = target.getResourceType();
            if (type != null && !type.equals("DocumentReference") && !type.equals("Encounter")) {
                throw new InvalidRequestException("target: a DocumentReference or an Encounter");
            }
            // Only signed notes have provenance: a target that is not one (a letter, a handout) matches nothing.
            UUID named = FhirIds.orNull(target.getIdPart());
            note = named == null ? new UUID(0, 0) : named;
        }
        return records.search(patientId, note, id == null ? null : id.getValue(), FhirPage.of(offset, count));
    }
}
