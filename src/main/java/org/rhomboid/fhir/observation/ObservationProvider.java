package org.rhomboid.fhir.observation;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.IncludeParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Sort;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.Set;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirPage;
import org.springframework.stereotype.Component;

/**
 * Observation: outcome measures (US Core screening assessment, category survey) and structured exam measurements
 * (US Core clinical result, category exam). Read; search by {@code patient} with {@code category}, {@code code},
 * {@code date}, {@code _lastUpdated}, {@code _id}, {@code _sort=date|-date}, {@code _include=Observation:patient}.
 */
@Component
public class ObservationProvider implements IResourceProvider {

    private final ObservationRecords records;
    private final ClinicDates dates;

    ObservationProvider(ObservationRecords records, ClinicDates dates) {
        this.records = records;
        this.dates = dates;
    }

    @Override
    public Class<Observation> getResourceType() {
        return Observation.class;
    }

    @Read
    public Observation read(@IdParam IdType id) {
        return records.read(id.getIdPart());
    }

    @Search(allowUnknownParams = false)
    public IBundleProvider search(@RequiredParam(name = Observation.SP_PATIENT) ReferenceParam patient,
                                  @OptionalParam(name = Observation.SP_CATEGORY) TokenOrListParam category,
                                  @OptionalParam(name = Observation.SP_CODE) TokenOrListParam code,
                                  @OptionalParam(name = Observation.SP_DATE) DateRangeParam date,
                                  @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
                                  @OptionalParam(name = "_id") TokenParam id,
                                  @IncludeParam(allow = {"Observation:patient"}) Set<Include> includes,
                                  @Sort SortSpec sort, @Offset Integer offset, @Count Integer count) {
        ObservationQuery query = new ObservationQuery(FhirIds.ofReference("patient", patient), category,
                code, date, lastUpdated, id, sort, dates.zone());
        return records.search(query, includes, FhirPage.of(offset, count));
    }
}
