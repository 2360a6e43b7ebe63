package org.rhomboid.audit;

/** How the access came in: the web UI, the JSON API, a patient's intake link, or Rhomboid itself (seeding). */
public enum Channel {
    UI("App"), API("API"), SYSTEM("Rhomboid"), PATIENT("Patient link");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
