package org.rhomboid.mail.domain;

import java.time.Instant;
import org.rhomboid.shared.domain.DateWords;

/**
 * Every message Rhomboid e-mails, worded once. A message carries no clinical detail: no diagnosis, body region,
 * findings, note or programme content, no family name, date of birth or record number — the patient's given name at
 * most, the clinic's name, address and phone, and for a reminder the date and time in the clinic's zone and way of
 * writing dates ({@link DateWords}). Subjects never name the patient (they show on lock screens).
 */
public final class MailWording {

    /** What a reminder and its calendar event call every appointment, whatever its type. */
    public static final String APPOINTMENT = "Physical therapy appointment";

    private MailWording() {
    }

    public static OutgoingMessage link(LinkKind kind, String givenName, ClinicContact clinic, String url) {
        StringBuilder text = new StringBuilder();
        text.append(greeting(givenName)).append("\n\n");
        text.append(kind.ask()).append(" — open this link:\n\n").append(url).append("\n\n");
        text.append("The link is for you alone: please don't forward this message.");
        if (kind != LinkKind.PORTAL) {
            text.append(" It works once and for a limited time.");
        }
        text.append("\n\n");
        signature(text, clinic);
        return new OutgoingMessage(kind.subject() + subjectFrom(clinic), text.toString());
    }

    public static OutgoingMessage reminder(String givenName, ClinicContact clinic, DateWords words, Instant startsAt) {
        StringBuilder text = new StringBuilder();
        text.append(greeting(givenName)).append("\n\n");
        text.append("This is a reminder of your ").append(APPOINTMENT.toLowerCase(java.util.Locale.ROOT))
                .append(" on ").append(words.weekday(startsAt)).append(", ").append(words.day(startsAt))
                .append(", at ").append(words.time(startsAt)).append(".\n");
        if (clinic.address() != null) {
            text.append("Where: ").append(clinic.address()).append("\n");
        }
        text.append("\nThe attached calendar file adds it to your calendar.");
        text.append(clinic.phone() != null ? " If you can't come, please call us on " + clinic.phone() + "."
                : " If you can't come, please let us know.");
        text.append("\n\n");
        signature(text, clinic);
        return new OutgoingMessage("Reminder: " + APPOINTMENT.toLowerCase(java.util.Locale.ROOT) + " on "
                + words.weekday(startsAt) + " at " + words.time(startsAt) + subjectFrom(clinic), text.toString());
    }

    public static OutgoingMessage test(ClinicContact clinic) {
        StringBuilder text = new StringBuilder("This is a test message from Rhomboid: the clinic's e-mail settings"
                + " work.\n\n");
        signature(text, clinic);
        return new OutgoingMessage("Rhomboid test message" + subjectFrom(clinic), text.toString());
    }

    /** Text fit for a header or a line: control characters out, spaces squeezed, null when nothing is left. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ").replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? null : text;
    }

    private static String greeting(String givenName) {
        String name = clean(givenName);
        return name == null ? "Hello," : "Hello " + (name.length() > 60 ? name.substring(0, 60) : name) + ",";
    }

    private static String subjectFrom(ClinicContact clinic) {
        return clinic.name() == null ? "" : " — " + clinic.name();
    }

    private static void signature(StringBuilder text, ClinicContact clinic) {
        if (clinic.name() != null) {
            text.append(clinic.name()).append("\n");
        }
        if (clinic.address() != null) {
            text.append(clinic.address()).append("\n");
        }
        if (clinic.phone() != null) {
            text.append(clinic.phone()).append("\n");
        }
    }
}
