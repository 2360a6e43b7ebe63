package org.rhomboid.fhir.condition;

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
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.Set;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.IdType;
import org.rhomboid.fhir.FhirPage;
import org.springframework.stereotype.Component;

/**
 * Condition: each ICD-10-CM code a signed visit document was coded with (US Core Condition Encounter Diagnosis),
 * and each of a signed plan of care's diagnoses (US Core Condition Problems and Health Concerns, problem-list-item).
 * and each red-flag concern of an episode's screening in force (the same profile, health-concern).
 */
@Component
public class ConditionProvider implements IResourceProvider {

    private final ConditionRecords records;

    ConditionProvider(ConditionRecords records) {
        this.records = records;
    }

    @Override
    public Class<Condition> getResourceType() {
        return Condition.class;
    }

    @Read
    public Condition read(@IdParam IdType id) {
        return records.read(ConditionRecords.Diagnosis.of(id.getIdPart())
                .orElseThrow(() -> new ResourceNotFoundException("No such condition in this clinic")));
    }

    @Search(allowUnknownParams = false)
    public IBundleProvider search(@OptionalParam(name = "_id") TokenParam id,
                                  @OptionalParam(name = Condition.SP_PATIENT) ReferenceParam patient,
                                  @OptionalParam(name = "subject") ReferenceParam subject,
                                  @OptionalParam(name = Condition.SP_CATEGORY) TokenParam category,
                                  @OptionalParam(name = Condition.SP_CLINICAL_STATUS) TokenParam clinicalStatus,
                                  @OptionalParam(name = Condition.SP_CODE) TokenParam code,
                                  @OptionalParam(name = Condition.SP_ENCOUNTER) ReferenceParam encounter,
                                  @OptionalParam(name = Condition.SP_ONSET_DATE) DateRangeParam onsetDate,
                                  @OptionalParam(name = Condition.SP_RECORDED_DATE) DateRangeParam recordedDate,
                                  @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
                                  @IncludeParam(allow = {"Condition:patient", "Condition:subject",
                                          "Condition:encounter"}) Set<Include> includes,
                                  @Offset Integer offset, @Count Integer count) {
        return records.search(new ConditionQuery(id, patient != null ? patient : subject, category, clinicalStatus,
                code, encounter, onsetDate, recordedDate, lastUpdated), includes, FhirPage.of(offset, count));
    }
}
