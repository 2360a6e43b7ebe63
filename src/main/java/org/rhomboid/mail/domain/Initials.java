package org.rhomboid.mail.domain;

/**
 * A patient as the therapist's calendar feed shows them: initials only ("Q. S."), since a phone's calendar is read on
 * lock screens and synced to other companies' servers.
 */
public final class Initials {

    private Initials() {
    }

    public static String of(String givenName, String familyName) {
        String given = first(givenName);
        String family = first(familyName);
        if (given.isEmpty() && family.isEmpty()) {
            return "?";
        }
        if (given.isEmpty() || family.isEmpty()) {
            return given + family + ".";
        }
        return given + ". " + family + ".";
    }

    private static String first(String name) {
        if (name == null) {
            return "";
        }
        String stripped = name.strip();
        for (int i = 0; i < stripped.length(); ) {
            int cp = stripped.codePointAt(i);
            if (Character.isLetter(cp)) {
                return new String(Character.toChars(Character.toUpperCase(cp)));
            }
            i += Character.charCount(cp);
        }
        return "";
    }
}
