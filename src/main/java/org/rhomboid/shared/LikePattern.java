package org.rhomboid.shared;

/**
 * What a person typed, made literal for a SQL LIKE / ILIKE: % and _ are wildcards and \ is PostgreSQL's escape
 * character, so "%%%" typed into a filter would otherwise match everything. Use with {@code escape '\'}.
 */
public final class LikePattern {

    private LikePattern() {
    }

    /** The text with \, % and _ escaped. */
    public static String literal(String typed) {
        return typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Matches values starting with what was typed. */
    public static String startingWith(String typed) {
        return literal(typed) + "%";
    }
}
