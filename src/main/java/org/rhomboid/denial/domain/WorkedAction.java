package org.rhomboid.denial.domain;

import java.util.Optional;

/** What was done about a denial when a biller marks it worked. */
public enum WorkedAction {
    CORRECTED("Corrected and resubmitted"),
    APPEALED("Appealed"),
    WRITTEN_OFF("Written off"),
    BILLED_PATIENT("Billed to the patient"),
    NO_ACTION("Nothing to do (e.g. paid on a later remittance)");

    private final String label;

    WorkedAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<WorkedAction> of(String name) {
        for (WorkedAction a : values()) {
            if (a.name().equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
