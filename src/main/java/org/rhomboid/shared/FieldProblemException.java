package org.rhomboid.shared;

/**
 * Input that is well-formed but breaks a rule only the service can check (for example an onset date
 * before the patient's birth). Shown beside the field in the UI and as a field error in problem+json.
 */
public class FieldProblemException extends RuntimeException {

    private final String field;

    public FieldProblemException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
