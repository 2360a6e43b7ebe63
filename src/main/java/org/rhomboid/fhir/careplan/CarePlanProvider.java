package org.rhomboid.fhir.careplan;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.IncludeParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.Set;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.IdType;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirPage;
import org.springframework.stereotype.Component;

/** CarePlan (US Core CarePlan, assess-plan): an episode's plan of care once its evaluation is signed. */
@Component
public class CarePlanProvider implements IResourceProvider {

    private final CarePlanRecords records;

    CarePlanProvider(CarePlanRecords records) {
        this.records = records;
    }

    @Override
    public Class<CarePlan> getResourceType() {
        return CarePlan.class;
    }

    @Read
    public CarePlan read(@IdParam IdType id) {
        return records.read(FhirIds.of(id));
    }

    @Search(allowUnknownParams = false)
    public IBundleProvider search(@OptionalParam(name = "_id") TokenParam id,
                                  @OptionalParam(name = CarePlan.SP_PATIENT) ReferenceParam patient,
                                  @OptionalParam(name = "subject") ReferenceParam subject,
                                  @OptionalParam(name = CarePlan.SP_CATEGORY) TokenParam category,
                                  @OptionalParam(name = CarePlan.SP_STATUS) TokenParam status,
                                  @OptionalParam(name = CarePlan.SP_DATE) DateRangeParam date,
                                  @IncludeParam(allow = {"CarePlan:goal", "CarePlan:patient", "CarePlan:subject"})
                                  Set<Include> includes,
                                  @Offset Integer offset, @Count Integer count) {
        return records.search(new CarePlanQuery(id, patient != null ? patient : subject, category, status, date),
                includes, FhirPage.of(offset, count));
    }
}
