package org.rhomboid.shared;

import java.util.UUID;

/**
 * The record is restricted (a staff member, a VIP, a sensitive case) and the signed-in user is not on the patient's
 * care team and holds no emergency access: the page offers to break the glass instead.
 */
public class RestrictedRecordException extends RuntimeException {

    private final UUID patientId;

    public RestrictedRecordException(UUID patientId) {
        super("Restricted record");
        this.patientId = patientId;
    }

    public UUID patientId() {
        return patientId;
    }
}
