package org.rhomboid.visit.domain;

import java.util.Objects;
import java.util.UUID;

/** A person signing (or co-signing, or adding an addendum to) a note, and in which role. */
public record Signer(UUID id, Clinician role) {

    public Signer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
    }

    public boolean isTherapist() {
        return role == Clinician.PT;
    }
}
