package org.rhomboid.visit.domain;

/**
 * Who wrote or signed a note. The visit rules keep their own two roles rather than the account roles: what
 * matters here is only whether the clinician is the physical therapist or the assistant.
 */
public enum Clinician {
    PT("Physical therapist"), PTA("Physical therapist assistant");

    private final String label;

    Clinician(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
