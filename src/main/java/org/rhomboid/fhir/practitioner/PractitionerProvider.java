package org.rhomboid.fhir.practitioner;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.Optional;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Practitioner;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirPage;
import org.rhomboid.fhir.FhirReader;
import org.springframework.stereotype.Component;

/** Practitioner (US Core): the clinic's physical therapists and assistants; read, search _id, identifier, name. */
@Component
public class PractitionerProvider implements IResourceProvider, FhirReader {

    private final PractitionerRecords records;

    PractitionerProvider(PractitionerRecords records) {
        this.records = records;
    }

    @Override
    public Class<Practitioner> getResourceType() {
        return Practitioner.class;
    }

    @Override
    public String type() {
        return PractitionerRecords.PRACTITIONER;
    }

    @Override
    public Optional<Practitioner> find(String id) {
        return records.find(type(), id, records::practitioner);
    }

    @Read
    public Practitioner read(@IdParam IdType id) {
        return records.read(type(), FhirIds.of(id), records::practitioner);
    }

    @Search(allowUnknownParams = false)
    public IBundleProvider search(@OptionalParam(name = "_id") TokenParam id,
                                  @OptionalParam(name = Practitioner.SP_IDENTIFIER) TokenParam identifier,
                                  @OptionalParam(name = Practitioner.SP_NAME) StringParam name,
                                  @Offset Integer offset, @Count Integer count) {
        return records.search(type(), id, identifier, name, null, records::practitioner, FhirPage.of(offset, count),
                shown -> { });
    }
}
