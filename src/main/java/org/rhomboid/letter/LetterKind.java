package org.rhomboid.letter;

import java.util.Arrays;
import java.util.Optional;

/**
 * The letters to the referring provider, each made from a signed document of the episode: the plan of care for
 * certification (from the signed initial evaluation), the progress letter (from the latest signed progress
 * report) and the discharge letter (from the discharge summary). Each is one constant, one case in
 * {@link Letters} and one fragment in {@code letters/body.html}, named by its slug.
 */
public enum LetterKind {
    PLAN_OF_CARE("plan-of-care", "Plan of care for certification"),
    PROGRESS("progress", "Progress report"),
    DISCHARGE("discharge", "Discharge summary");

    private final String slug;
    private final String title;

    LetterKind(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    /** In the letter's address ({@code /episodes/{id}/letters/{slug}}) and the name of its body fragment. */
    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public static Optional<LetterKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
