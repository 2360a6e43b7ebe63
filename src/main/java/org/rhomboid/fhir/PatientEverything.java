package org.rhomboid.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.rhomboid.account.StaffPrincipal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code Patient/{id}/$everything}: the patient's whole record in one searchset Bundle — the Patient first, then every
 * type the caller's role may read (clinical types are left out for the front desk rather than refused), each
 * type's part read and audited by its own records in one transaction. {@code _type} narrows it to some types. One
 * patient's record is bounded, so it is answered whole rather than paged.
 */
@Component
class PatientEverything implements FhirOperations {

    private final ObjectProvider<PatientCompartment> compartments;
    private final FhirPatients patients;
    private final TransactionTemplate transaction;

    PatientEverything(ObjectProvider<PatientCompartment> compartments, FhirPatients patients,
                      TransactionTemplate transaction) {
        this.compartments = compartments;
        this.patients = patients;
        this.transaction = transaction;
    }

    @Operation(name = "$everything", type = Patient.class, idempotent = true)
    public IBundleProvider everything(@IdParam IdType id,
                                      @OperationParam(name = "_type") List<StringType> types) {
        UUID patientId = FhirIds.of(id);
        Set<String> wanted = types == null ? Set.of() : types.stream().map(StringType::getValue)
                .flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::strip).collect(Collectors.toSet());
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        List<PatientCompartment> parts = compartments.orderedStream()
                .filter(part -> wanted.isEmpty() || wanted.contains(part.type()) || part.type().equals("Patient"))
                .filter(part -> FhirAccess.toRead(part.type()).map(me::may).orElse(false))
                .sorted(Comparator.comparing((PatientCompartment part) -> !part.type().equals("Patient"))
                        .thenComparing(PatientCompartment::type))
                .toList();
        for (String type : wanted) {
            if (parts.stream().noneMatch(part -> part.type().equals(type))
                    && compartments.orderedStream().noneMatch(part -> part.type().equals(type))) {
                throw new InvalidRequestException("_type: " + type + " is not part of a patient's record here");
            }
        }
        List<IBaseResource> record = transaction.execute(status -> {
            patients.require(patientId);
            List<IBaseResource> all = new ArrayList<>();
            for (PatientCompartment part : parts) {
                all.addAll(part.everything(patientId));
            }
            return all;
        });
        // One page holding the whole record: without a page size of its own HAPI would cut it at the default 50.
        SimpleBundleProvider whole = new SimpleBundleProvider(record);
        whole.setCurrentPageOffset(0);
        whole.setCurrentPageSize(Math.max(1, record.size()));
        whole.setSize(record.size());
        return whole;
    }
}
