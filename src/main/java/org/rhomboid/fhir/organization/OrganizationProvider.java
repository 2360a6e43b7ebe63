package org.rhomboid.fhir.organization;

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
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Organization;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirPage;
import org.springframework.stereotype.Component;

/** Organization (US Core): the caller's clinic and its payer directory; read, search _id, name, identifier, type. */
@Component
public class OrganizationProvider implements IResourceProvider {

    private final OrganizationRecords records;

    OrganizationProvider(OrganizationRecords records) {
        this.records = records;
    }

    @Override
    public Class<Organization> getResourceType() {
        return Organization.class;
    }

    @Read
    public Organization read(@IdParam IdType id) {
        return records.read(FhirIds.of(id));
    }

    @Search(allowUnknownParams = false)
    public IBundleProvider search(@OptionalParam(name = "_id") TokenParam id,
                                  @OptionalParam(name = Organization.SP_NAME) StringParam name,
                                  @OptionalParam(name = Organization.SP_IDENTIFIER) TokenParam identifier,
                                  @OptionalParam(name = Organization.SP_TYPE) TokenParam type,
                                  @Offset Integer offset, @Count Integer count) {
        return records.search(id, name, identifier, type, FhirPage.of(offset, count));
    }
}
