package org.rhomboid.fhir.servicerequest;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirPage;
import org.springframework.stereotype.Component;

/** ServiceRequest (US Core): the referral each episode answers; read, search by patient (with status, authored), _id. */
@Component
public class ServiceRequestProvider implements IResourceProvider {

    private final ReferralRecords records;

    ServiceRequestProvider(ReferralRecords records) {
        this.records = records;
    }

    @Override
    public Class<ServiceRequest> getResourceType() {
        return ServiceRequest.class;
    }

    @Read
    public ServiceRequest read(@IdParam IdType id) {
        return records.read(FhirIds.of(id));
    }

    @Search(allowUnknownParams = false)
    public IBundleProvider search(@OptionalParam(name = "_id") TokenParam id,
                                  @OptionalParam(name = ServiceRequest.SP_PATIENT) ReferenceParam patient,
                                  @OptionalParam(name = ServiceRequest.SP_STATUS) TokenParam status,
                                  @OptionalParam(name = ServiceRequest.SP_AUTHORED) DateRangeParam authored,
                                  @Offset Integer offset, @Count Integer count) {
        if (patient == null && id == null) {
            throw new InvalidRequestException("Search ServiceRequests by patient (or _id)");
        }
        return records.search(patient == null ? null : FhirIds.ofReference("patient", patient.getValue()), id,
                authored, status, FhirPage.of(offset, count));
    }
}
