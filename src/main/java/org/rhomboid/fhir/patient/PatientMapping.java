package org.rhomboid.fhir.patient;

import java.sql.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.rhomboid.fhir.FhirProfiles;
import org.rhomboid.fhir.FhirSystems;
import org.rhomboid.patient.domain.Sex;

/** A Rhomboid patient as a US Core Patient, and back (a new patient sent by another system). */
final class PatientMapping {

    private PatientMapping() {
    }

    static Patient toFhir(org.rhomboid.patient.Patient patient, UUID clinicId) {
        Patient resource = new Patient();
        resource.setId(patient.id().toString());
        resource.getMeta().addProfile(FhirProfiles.PATIENT);
        resource.setActive(true);
        resource.addIdentifier().setUse(Identifier.IdentifierUse.USUAL)
                .setType(new org.hl7.fhir.r4.model.CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding(
                        FhirSystems.V2_IDENTIFIER_TYPE, "MR", "Medical record number")))
                .setSystem(FhirSystems.mrn(clinicId)).setValue(patient.mrn());
        resource.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(patient.familyName())
                .addGiven(patient.givenName());
        resource.setGender(gender(patient.sex()));
        resource.setBirthDate(Date.valueOf(patient.birthDate()));
        if (patient.phone() != null) {
            resource.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(patient.phone())
                    .setUse(ContactPoint.ContactPointUse.HOME);
        }
        if (patient.email() != null) {
            resource.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(patient.email());
        }
        if (patient.addressLine() != null || patient.city() != null || patient.postalCode() != null) {
            Address address = resource.addAddress().setUse(Address.AddressUse.HOME);
            if (patient.addressLine() != null) {
                address.addLine(patient.addressLine());
            }
            address.setCity(patient.city()).setState(patient.state()).setPostalCode(patient.postalCode());
        }
        return resource;
    }

    static AdministrativeGender gender(Sex sex) {
        return switch (sex) {
            case FEMALE -> AdministrativeGender.FEMALE;
            case MALE -> AdministrativeGender.MALE;
            case OTHER -> AdministrativeGender.OTHER;
            case UNKNOWN -> AdministrativeGender.UNKNOWN;
        };
    }

    static Sex sex(AdministrativeGender gender) {
        if (gender == null) {
            return null;
        }
        return switch (gender) {
            case FEMALE -> Sex.FEMALE;
            case MALE -> Sex.MALE;
            case OTHER -> Sex.OTHER;
            case UNKNOWN -> Sex.UNKNOWN;
            case NULL -> null;
        };
    }
}
