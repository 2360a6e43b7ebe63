package org.rhomboid.fhir.coverage;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.IncludeParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.IdType;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirIncludes;
import org.rhomboid.fhir.FhirPage;
import org.springframework.stereotype.Component;

/** Coverage (US Core): read; search patient, _id; _include Coverage:payor, Coverage:patient (the beneficiary). */
@Component
public class CoverageProvider implements IResourceProvider {

    private final CoverageRecords records;
    private final FhirIncludes includes;

    CoverageProvider(CoverageRecords records, FhirIncludes includes) {
        this.records = records;
        this.includes = includes;
    }

    @Override
    public Class<Coverage> getResourceType() {
        return Coverage.class;
    }

    @Read
    public Coverage read(@IdParam IdType id) {
        return records.read(FhirIds.of(id));
    }

    @Search(allowUnknownParams = false)
    public IBundleProvider search(@OptionalParam(name = Coverage.SP_PATIENT) ReferenceParam patient,
                                  @OptionalParam(name = "_id") TokenParam id,
                                  @IncludeParam(allow = {"Coverage:payor", "Coverage:patient",
                                          "Coverage:beneficiary"}) Set<Include> include,
                                  @Offset Integer offset, @Count Integer count) {
        if (patient == null && id == null) {
            throw new InvalidRequestException("Coverage searches name the patient (or _id)");
        }
        return records.search(patient == null ? null : FhirIds.ofReference("patient", patient), id,
                FhirPage.of(offset, count), shown -> includes.include(shown, include, Map.of(
                        "Coverage:payor", c -> ((Coverage) c).getPayor(),
                        "Coverage:patient", c -> List.of(((Coverage) c).getBeneficiary()),
                        "Coverage:beneficiary", c -> List.of(((Coverage) c).getBeneficiary()))));
    }
}
