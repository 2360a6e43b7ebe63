package org.rhomboid.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.rhomboid.patient.domain.Sex;

/** A referral received from another system, as the inbox lists it: the patient it names, who refers, and why. */
public record IncomingReferral(UUID id, Instant receivedAt, String familyName, String givenName, LocalDate birthDate,
                               Sex sex, String referrerName, String referrerNpi, String reason, String status,
                               UUID filedPatientId, String decidedByName, Instant decidedAt, String declineReason) {

    public String listName() {
        return familyName + ", " + givenName;
    }

    /** The referrer as the inbox shows them: the name, the NPI, or both. */
    public String referrer() {
        if (referrerName == null) {
            return "NPI " + referrerNpi;
        }
        return referrerNpi == null ? referrerName : referrerName + " (NPI " + referrerNpi + ")";
    }

    public boolean isNew() {
        return "NEW".equals(status);
    }

    /**
     * What was received, read from the message before it is stored.
     *
     * @param serviceRequestJson the ServiceRequest as received
     * @param patientJson        the Patient as received (contained or an entry of the Bundle), or null when the
     *                           referral's subject is an existing patient of the clinic
     */
    public record Received(String serviceRequestJson, String patientJson, String familyName, String givenName,
                           LocalDate birthDate, Sex sex, String referrerName, String referrerNpi, String reason) {
    }
}
