package org.rhomboid.audit;

/** How an audited action ended; the audit page shows the label, the CSV export and the API the name. */
public enum AuditOutcome {
    SUCCESS("Success"), NOT_FOUND("Not found"), DENIED("Denied"), CONFLICT("Conflict"), FAILED("Failed");

    private final String label;

    AuditOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
