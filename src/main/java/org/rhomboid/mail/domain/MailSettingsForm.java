package org.rhomboid.mail.domain;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.rhomboid.shared.domain.FormReader;

/**
 * The administrator's SMTP form read field by field. A blank password keeps the stored one (the page never shows
 * it back); "clearPassword" removes it.
 */
public final class MailSettingsForm {

    public static final List<String> FIELDS = List.of("host", "port", "security", "username", "password",
            "fromAddress", "fromName", "leadHours", "remindersOn", "clearPassword");

    private static final Pattern HOST = Pattern.compile(
            "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
                    + "|\\[?[0-9A-Fa-f:.]{2,45}]?");

    /**
     * The form as checked.
     *
     * @param password the new password; null to keep the stored one
     */
    public record Checked(Map<String, String> errors, MailSettings settings, String password, boolean clearPassword) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private MailSettingsForm() {
    }

    public static Checked check(Map<String, List<String>> form, boolean passwordStored) {
        FormReader f = new FormReader(form);
        String host = f.value("host");
        if (host.isEmpty()) {
            f.error("host", "Enter the SMTP server's host name, e.g. smtp.example.com");
        } else if (host.length() > 253 || !HOST.matcher(host).matches()) {
            f.error("host", "Enter a host name such as smtp.example.com, without http:// or a port");
        }
        Integer port = f.integer("port", 1, 65535, "a port from 1 to 65535, e.g. 587");
        if (port == null && f.value("port").isEmpty()) {
            f.error("port", "Enter the port, e.g. 587");
        }
        SmtpSecurity security = f.choice("security", SmtpSecurity.class);
        if (security == null) {
            f.error("security", "Choose how the connection is protected");
        } else if (security == SmtpSecurity.NONE && !host.isEmpty() && !MailSettings.local(host)) {
            f.error("security", "A server on another machine needs STARTTLS or SSL/TLS: without it the password"
                    + " and messages cross the network readable");
        }
        String username = oneLine(f, "username", 200);
        String password = f.values("password").isEmpty() || f.values("password").get(0) == null ? ""
                : f.values("password").get(0);
        if (password.length() > 200) {
            f.error("password", "Use at most 200 characters");
        } else if (password.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            f.error("password", "The password cannot contain line breaks or control characters");
        }
        boolean clear = f.ticked("clearPassword");
        if (!username.isEmpty() && password.isEmpty() && (clear || !passwordStored)) {
            f.error("password", "Enter the password for this user name");
        }
        String from = f.value("fromAddress");
        if (from.isEmpty()) {
            f.error("fromAddress", "Enter the address messages come from, e.g. frontdesk@yourclinic.example");
        } else if (EmailAddress.parse(from).isEmpty()) {
            f.error("fromAddress", "Enter one e-mail address, e.g. frontdesk@yourclinic.example");
        }
        String fromName = oneLine(f, "fromName", 100);
        Integer lead = f.integer("leadHours", 1, 168, "1 to 168 hours");
        if (lead == null && f.value("leadHours").isEmpty()) {
            f.error("leadHours", "Enter how many hours before the appointment the reminder goes out");
        }
        boolean remindersOn = f.ticked("remindersOn");
        if (!f.errors().isEmpty()) {
            return new Checked(Map.copyOf(f.errors()), null, null, false);
        }
        boolean hasPassword = !password.isEmpty() || (passwordStored && !clear);
        MailSettings settings = new MailSettings(host, port, security, username.isEmpty() ? null : username,
                hasPassword, from, fromName.isEmpty() ? null : fromName, lead, remindersOn);
        return new Checked(Map.of(), settings, password.isEmpty() ? null : password, clear && password.isEmpty());
    }

    private static String oneLine(FormReader f, String field, int limit) {
        String text = f.text(field, limit);
        if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            f.error(field, "Use one line of text");
        }
        return text;
    }
}
