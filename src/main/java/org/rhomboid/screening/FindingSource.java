package org.rhomboid.screening;

/**
 * Where a finding came from: the patient's intake, the therapist's checklist of confirmed findings, or the
 * structured examination (upper-motor-neuron signs, a sensory level…). Each source is replaced on its own.
 * A screening is prompted by one of them, or by a recorded clearance (CLEARANCE, which brings no findings).
 */
public enum FindingSource {
    INTAKE("Patient intake"), EXAM("Confirmed findings"), STRUCTURED_EXAM("Structured examination"),
    CLEARANCE("Outcome of a concern recorded");

    private final String label;

    FindingSource(String label) {
        this.label = label;
    }

    /** What prompted a screening, for the history table. */
    public String label() {
        return label;
    }
}
