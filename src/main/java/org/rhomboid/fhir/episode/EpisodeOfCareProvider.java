package org.rhomboid.fhir.episode;

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
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.IdType;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirIncludes;
import org.rhomboid.fhir.FhirPage;
import org.springframework.stereotype.Component;

/**
 * EpisodeOfCare (base R4): read; search patient, status, date, _id; _include EpisodeOfCare:patient,
 * EpisodeOfCare:care-manager, EpisodeOfCare:organization.
 */
@Component
public class EpisodeOfCareProvider implements IResourceProvider {

    private final EpisodeRecords records;
    private final FhirIncludes includes;
    private final ClinicDates dates;

    EpisodeOfCareProvider(EpisodeRecords records, FhirIncludes includes, ClinicDates dates) {
        this.records = records;
        this.includes = includes;
        this.dates = dates;
    }

    @Override
    public Class<EpisodeOfCare> getResourceType() {
        return EpisodeOfCare.class;
    }

    @Read
    public EpisodeOfCare read(@IdParam IdType id) {
        return records.read(FhirIds.of(id));
    }

    @Search(allowUnknownParams = false)
    public IBundleProvider search(@OptionalParam(name = EpisodeOfCare.SP_PATIENT) ReferenceParam patient,
                                  @OptionalParam(name = EpisodeOfCare.SP_STATUS) TokenOrListParam status,
                                  @OptionalParam(name = EpisodeOfCare.SP_DATE) DateRangeParam date,
                                  @OptionalParam(name = "_id") TokenParam id,
                                  @IncludeParam(allow = {"EpisodeOfCare:patient", "EpisodeOfCare:care-manager",
                                          "EpisodeOfCare:organization"}) Set<Include> include,
                                  @Offset Integer offset, @Count Integer count) {
        if (patient == null && id == null && status == null && date == null) {
            throw new InvalidRequestException("EpisodeOfCare searches name the patient, a status, a date or _id");
        }
        return records.search(patient == null ? null : FhirIds.ofReference("patient", patient), status,
                date, id, dates.zone(), FhirPage.of(offset, count), shown -> includes.include(shown, include, Map.of(
                        "EpisodeOfCare:patient", e -> List.of(((EpisodeOfCare) e).getPatient()),
                        "EpisodeOfCare:care-manager", e -> List.of(((EpisodeOfCare) e).getCareManager()),
                        "EpisodeOfCare:organization", e -> List.of(((EpisodeOfCare) e).getManagingOrganization()))));
    }
}
