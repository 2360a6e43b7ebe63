package org.rhomboid.shared.domain;

/** One CSV cell, quoted; a leading =, +, - or @ is defused so a spreadsheet never runs it as a formula. */
public final class CsvCell {

    private CsvCell() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String safe = text.matches("^[=+\\-@\\t\\r].*") ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
