package org.rhomboid.fhir.encounter;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.IncludeParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Sort;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.Set;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IdType;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirPage;
import org.springframework.stereotype.Component;

/**
 * Encounter (US Core Encounter): each signed visit document — the initial evaluation's visit, daily notes, progress
 * reports, re-evaluations and discharge summaries. Drafts are not encounters yet and are never exposed.
 */
@Component
public class EncounterProvider implements IResourceProvider {

    private final EncounterRecords records;

    EncounterProvider(EncounterRecords records) {
        this.records = records;
    }

    @Override
    public Class<Encounter> getResourceType() {
        return Encounter.class;
    }

    @Read
    public Encounter read(@IdParam IdType id) {
        return records.read(FhirIds.of(id));
    }

    @Search(allowUnknownParams = false)
    public IBundleProvider search(@OptionalParam(name = "_id") TokenParam id,
                                  @OptionalParam(name = Encounter.SP_PATIENT) ReferenceParam patient,
                                  @OptionalParam(name = "subject") ReferenceParam subject,
                                  @OptionalParam(name = Encounter.SP_DATE) DateRangeParam date,
                                  @OptionalParam(name = Encounter.SP_CLASS) TokenParam clazz,
                                  @OptionalParam(name = Encounter.SP_TYPE) TokenParam type,
                                  @OptionalParam(name = Encounter.SP_STATUS) TokenParam status,
                                  @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
                                  @IncludeParam(allow = {"Encounter:patient", "Encounter:subject",
                                          "Encounter:reason-reference", "Encounter:diagnosis"}) Set<Include> includes,
                                  @Sort SortSpec sort, @Offset Integer offset, @Count Integer count) {
        return records.search(new EncounterQuery(id, patient != null ? patient : subject, date, clazz, type, status,
                lastUpdated, sort), includes, FhirPage.of(offset, count));
    }
}
