package org.rhomboid.mail.domain;

/** How the connection to the clinic's SMTP server is protected. */
public enum SmtpSecurity {
    /** Plain connection upgraded with STARTTLS, which is required (usually port 587). */
    STARTTLS("STARTTLS (usually port 587)"),
    /** TLS from the first byte (usually port 465). */
    SMTPS("SSL/TLS (usually port 465)"),
    /** No encryption: only for a relay on this machine (localhost). */
    NONE("None — only for a relay on this machine");

    private final String label;

    SmtpSecurity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
