package org.rhomboid.fhir.patient;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Sort;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirPage;
import org.springframework.stereotype.Component;

/**
 * Patient: read, the searches US Core requires ({@code _id}, {@code identifier}, {@code name}, {@code birthdate}
 * and {@code gender} with a name, {@code family}, {@code given}) plus {@code _lastUpdated}, and create.
 */
@Component
public class PatientProvider implements IResourceProvider {

    private final PatientRecords records;
    private final PatientIntake intake;
    private final ClinicDates dates;

    PatientProvider(PatientRecords records, PatientIntake intake, ClinicDates dates) {
        this.records = records;
        this.intake = intake;
        this.dates = dates;
    }

    @Override
    public Class<Patient> getResourceType() {
        return Patient.class;
    }

    @Read
    public Patient read(@IdParam IdType id) {
        return records.read(FhirIds.of(id));
    }

    @Search(allowUnknownParams = false)
    public IBundleProvider search(@OptionalParam(name = "_id") TokenParam id,
                                  @OptionalParam(name = Patient.SP_IDENTIFIER) TokenParam identifier,
                                  @OptionalParam(name = Patient.SP_NAME) StringParam name,
                                  @OptionalParam(name = Patient.SP_FAMILY) StringParam family,
                                  @OptionalParam(name = Patient.SP_GIVEN) StringParam given,
                                  @OptionalParam(name = Patient.SP_BIRTHDATE) DateRangeParam birthdate,
                                  @OptionalParam(name = Patient.SP_GENDER) TokenParam gender,
                                  @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
                                  @Sort SortSpec sort, @Offset Integer offset, @Count Integer count) {
        PatientQuery query = new PatientQuery(id, identifier, name, family, given, birthdate, gender, lastUpdated,
                sort, ClinicScope.require(), dates.zone());
        return records.search(query, FhirPage.of(offset, count));
    }

    @Create
    public MethodOutcome create(@ResourceParam Patient patient) {
        Patient created = records.create(intake.details(patient));
        return new MethodOutcome(created.getIdElement(), true).setResource(created);
    }
}
