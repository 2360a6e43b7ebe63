package org.rhomboid.link;

/**
 * What a patient's send through a single-use link came to: the form as checked (kept when complete, sent back with
 * its problems otherwise), or nothing at all because another send of the same link was kept a moment before —
 * a double tap, a retry on a flaky connection, a replayed request.
 *
 * @param checked the checked form; null when already sent
 */
public record Sent<T>(T checked, boolean alreadySent) {

    public static <T> Sent<T> checked(T checked) {
        return new Sent<>(checked, false);
    }

    public static <T> Sent<T> already() {
        return new Sent<>(null, true);
    }
}
