package org.rhomboid.schedule.domain;

/** Who cancelled an appointment: counts differently in the patient's cancellation rate. */
public enum CancelledBy {
    PATIENT("Patient"), CLINIC("Clinic");

    private final String label;

    CancelledBy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
