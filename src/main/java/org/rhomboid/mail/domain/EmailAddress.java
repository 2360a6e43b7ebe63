package org.rhomboid.mail.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An address a message may go to or come from: one mailbox, no display name, no line breaks or commas (which could
 * add headers or recipients), at most 254 characters, a domain with a dot.
 */
public final class EmailAddress {

    private static final Pattern MAILBOX = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private EmailAddress() {
    }

    /** The address, trimmed, when it is one; empty otherwise. */
    public static Optional<String> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String address = raw.strip();
        if (address.length() > 254 || !MAILBOX.matcher(address).matches() || address.contains("..")
                || address.startsWith(".") || address.contains(".@")) {
            return Optional.empty();
        }
        return Optional.of(address);
    }

    /** "j…@example.com": enough for staff to recognise the address on a confirmation, not the whole of it. */
    public static String masked(String address) {
        int at = address.indexOf('@');
        if (at <= 0) {
            return "…";
        }
        return address.charAt(0) + "…" + address.substring(at);
    }
}
