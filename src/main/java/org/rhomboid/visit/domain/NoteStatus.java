package org.rhomboid.visit.domain;

/** Where a note is in its life: being written, signed by an assistant and waiting for the PT, or signed and locked. */
public enum NoteStatus {
    DRAFT("Draft"), AWAITING_COSIGN("Awaiting co-signature"), SIGNED("Signed");

    private final String label;

    NoteStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
