package org.rhomboid.shared.domain;

/**
 * What text Rhomboid keeps: anything a person can type — letters of every script, emoji, tabs and line breaks — but
 * no control characters (PostgreSQL refuses NUL outright; the others garble pages, PDFs and claim files) and no half
 * of a surrogate pair (it has no UTF-8 spelling, so it would silently turn into '?').
 */
public final class PlainText {

    /** The most any single form field or JSON string may hold; every field's own limit is well below it. */
    public static final int MAX_FIELD_LENGTH = 10_000;

    private PlainText() {
    }

    /** A control character other than tab, line feed and carriage return (C0, DEL and C1). */
    public static boolean isControl(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }

    /** Why the text can't be kept as it is, naming the character; null when it can. */
    public static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                return "must not contain control characters (found U+" + hex(c) + ")";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid Unicode text (found half of a surrogate pair, U+" + hex(c) + ")";
            }
        }
        return null;
    }

    /** The text without control characters and lone surrogates; the same instance when there were none. */
    public static String clean(String text) {
        if (text == null || problem(text) == null) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (!isControl(c) && !Character.isSurrogate(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** A field's name as our forms spell them: printable, defined characters, no control or surrogate. */
    public static boolean isFieldName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c) || !Character.isDefined(c)) {
                return false;
            }
        }
        return true;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
