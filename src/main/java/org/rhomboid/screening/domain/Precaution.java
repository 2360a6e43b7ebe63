package org.rhomboid.screening.domain;

/** A precaution and every reason it applies to this person, in words a clinician can check. */
public record Precaution(PrecautionCode code, String reason) {
}
