package org.rhomboid.fhir.goal;

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
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.IdType;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirPage;
import org.springframework.stereotype.Component;

/** Goal (US Core Goal): the SMART goals of a plan of care, once its evaluation is signed. */
@Component
public class GoalProvider implements IResourceProvider {

    private final GoalRecords records;

    GoalProvider(GoalRecords records) {
        this.records = records;
    }

    @Override
    public Class<Goal> getResourceType() {
        return Goal.class;
    }

    @Read
    public Goal read(@IdParam IdType id) {
        return records.read(FhirIds.of(id));
    }

    @Search(allowUnknownParams = false)
    public IBundleProvider search(@OptionalParam(name = "_id") TokenParam id,
                                  @OptionalParam(name = Goal.SP_PATIENT) ReferenceParam patient,
                                  @OptionalParam(name = "subject") ReferenceParam subject,
                                  @OptionalParam(name = Goal.SP_LIFECYCLE_STATUS) TokenParam lifecycleStatus,
                                  @OptionalParam(name = Goal.SP_ACHIEVEMENT_STATUS) TokenParam achievementStatus,
                                  @OptionalParam(name = Goal.SP_TARGET_DATE) DateRangeParam targetDate,
                                  @OptionalParam(name = Goal.SP_START_DATE) DateRangeParam startDate,
                                  @IncludeParam(allow = {"Goal:patient", "Goal:subject"}) Set<Include> includes,
                                  @Offset Integer offset, @Count Integer count) {
        return records.search(new GoalQuery(id, patient != null ? patient : subject, lifecycleStatus,
                achievementStatus, targetDate, startDate), includes, FhirPage.of(offset, count));
    }
}
