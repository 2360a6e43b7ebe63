package org.rhomboid.claims.domain;

import java.util.Locale;

/**
 * A person's name as a claim wants it (last, first), from a display name such as "Dana Whitfield, PT, DPT" or
 * "Dr. Alan Brooks": credentials after the first comma and a leading title are dropped; the last word is the last
 * name, the rest the first name.
 */
public record PersonName(String last, String first) {

    public static PersonName of(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("A name is required");
        }
        String name = displayName.strip();
        int comma = name.indexOf(',');
        if (comma > 0) {
            name = name.substring(0, comma).strip();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String title : new String[] {"dr. ", "dr ", "mr. ", "mrs. ", "ms. ", "mx. "}) {
            if (lower.startsWith(title)) {
                name = name.substring(title.length()).strip();
                break;
            }
        }
        int space = name.lastIndexOf(' ');
        return space < 0 ? new PersonName(name, null)
                         : new PersonName(name.substring(space + 1), name.substring(0, space).strip());
    }
}
