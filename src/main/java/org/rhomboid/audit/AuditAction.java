package org.rhomboid.audit;

/**
 * What happened: an access to patient data (READ … EXPORT), or a security event of an account or a session (who
 * signed in, failed, was throttled, signed out or timed out; API tokens; second factors; emergency access).
 * The audit page shows the label; the CSV export and the API keep the name.
 */
public enum AuditAction {
    READ("Read"), SEARCH("Search"), CREATE("Create"), UPDATE("Update"), DELETE("Delete"), EXPORT("Export"),
    SIGN_IN("Signed in"), SIGN_IN_FAILED("Sign-in failed"), SIGN_OUT("Signed out"), SESSION_EXPIRED("Session expired"),
    TOKEN_ISSUED("API token issued"), TOKEN_REVOKED("API token revoked"), THROTTLED("Throttled"),
    MFA_ENROLLED("Second factor set up"), BREAK_GLASS("Emergency access");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
