package org.rhomboid.fhir.appointment;

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
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.fhir.FhirIds;
import org.rhomboid.fhir.FhirIncludes;
import org.rhomboid.fhir.FhirPage;
import org.springframework.stereotype.Component;

/**
 * Appointment (base R4): read; search patient, practitioner, date, status, _id; _include Appointment:patient,
 * Appointment:practitioner.
 */
@Component
public class AppointmentProvider implements IResourceProvider {

    private final AppointmentRecords records;
    private final FhirIncludes includes;
    private final ClinicDates dates;

    AppointmentProvider(AppointmentRecords records, FhirIncludes includes, ClinicDates dates) {
        this.records = records;
        this.includes = includes;
        this.dates = dates;
    }

    @Override
    public Class<Appointment> getResourceType() {
        return Appointment.class;
    }

    @Read
    public Appointment read(@IdParam IdType id) {
        return records.read(FhirIds.of(id));
    }

    @Search(allowUnknownParams = false)
    public IBundleProvider search(@OptionalParam(name = Appointment.SP_PATIENT) ReferenceParam patient,
                                  @OptionalParam(name = Appointment.SP_PRACTITIONER) ReferenceParam practitioner,
                                  @OptionalParam(name = Appointment.SP_DATE) DateRangeParam date,
                                  @OptionalParam(name = Appointment.SP_STATUS) TokenOrListParam status,
                                  @OptionalParam(name = "_id") TokenParam id,
                                  @IncludeParam(allow = {"Appointment:patient", "Appointment:practitioner"})
                                  Set<Include> include,
                                  @Offset Integer offset, @Count Integer count) {
        if (patient == null && practitioner == null && date == null && id == null) {
            throw new InvalidRequestException("Appointment searches name the patient, the practitioner, a date or"
                    + " _id");
        }
        return records.search(patient == null ? null : FhirIds.ofReference("patient", patient),
                practitioner == null ? null : FhirIds.ofReference("practitioner", practitioner.getIdPart()), status,
                date, id, dates.zone(), FhirPage.of(offset, count), shown -> includes.include(shown, include, Map.of(
                        "Appointment:patient", a -> actors((Appointment) a, "Patient"),
                        "Appointment:practitioner", a -> actors((Appointment) a, "Practitioner"))));
    }

    private static List<Reference> actors(Appointment appointment, String type) {
        return appointment.getParticipant().stream().map(Appointment.AppointmentParticipantComponent::getActor)
                .filter(r -> type.equals(r.getReferenceElement().getResourceType())).toList();
    }
}
