package org.rhomboid.outcome.domain;

/**
 * Responses an instrument can't be scored from (wrong number of items, a value off the scale, too many items
 * missing), or a change that can't be judged. {@link #field()} names the offending input as the API sees it —
 * {@code "responses"} for the list as a whole, {@code "responses[3]"} for the fourth response (zero-based) — so
 * the web layer can report it as a field error.
 */
public class ScoringException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public ScoringException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    static String response(int index) {
        return "responses[" + index + "]";
    }
}
