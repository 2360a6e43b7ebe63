package org.rhomboid.mail.domain;

/**
 * A clinic's SMTP server and reminder policy. The password is never part of this record: it is stored apart, never
 * shown back, and {@link #hasPassword} only says whether there is one.
 *
 * @param leadHours how long before an appointment its reminder goes out
 */
public record MailSettings(String host, int port, SmtpSecurity security, String username, boolean hasPassword,
                           String fromAddress, String fromName, int leadHours, boolean remindersOn) {

    public static final int DEFAULT_LEAD_HOURS = 24;

    /** Hosts that are this machine: the only ones a connection without encryption may go to. */
    public static boolean local(String host) {
        String h = host == null ? "" : host.strip().toLowerCase(java.util.Locale.ROOT);
        return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("::1") || h.equals("[::1]");
    }
}
