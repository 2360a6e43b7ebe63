package org.rhomboid.mail.domain;

/** The patient links staff may send by e-mail, with the plain words the message uses for each. */
public enum LinkKind {
    INTAKE("Your intake form", "Please fill in your intake form before your first visit"),
    MEASURES("A short questionnaire before your visit", "Please answer a short questionnaire before your next visit"),
    PORTAL("Your home exercise programme", "Your home exercise programme is ready to open on your phone or computer");

    private final String subject;
    private final String ask;

    LinkKind(String subject, String ask) {
        this.subject = subject;
        this.ask = ask;
    }

    public String subject() {
        return subject;
    }

    public String ask() {
        return ask;
    }

    /** The route word, as in /episodes/{id}/intake-link/mail. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
