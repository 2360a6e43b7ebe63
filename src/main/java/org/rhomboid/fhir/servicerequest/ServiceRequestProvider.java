package org.rhomboid.fhir.servicerequest;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
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
import java.util.UUID;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirPage;
import org.springframework.stereotype.Component;

/**
 * ServiceRequest (US Core): the referral each episode answers; read, search by patient (with status, authored), _id.
 * Create files an incoming referral into the referral inbox ({@link ReferralIntake}).
 */
@Component
public class ServiceRequestProvider implements IResourceProvider {

    private final ReferralRecords records;

    private final ReferralIntake intake;

    ServiceRequestProvider(ReferralRecords records, ReferralIntake intake) {
        this.records = records;
        this.intake = intake;
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

    /**
     * An incoming referral: its subject a contained Patient or a Patient of this clinic. Answers 201, the
     * ServiceRequest as received with the inbox item's new id (an opaque UUID).
     */
    @Create
    public MethodOutcome create(@ResourceParam ServiceRequest request) {
        UUID id = intake.receive(request, null);
        request.setId(new IdType("ServiceRequest", id.toString()));
        return new MethodOutcome(new IdType("ServiceRequest", id.toString()), true).setResource(request);
    }
}
