package org.rhomboid.account.domain;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a staff password must be, after NIST SP 800-63B §3.1.1.2 (memorized secrets): long enough, not absurdly
 * long, and not one an attacker would try first — common or breached passwords (and those with a few digits or
 * symbols added), repeated or sequential characters, the person's own e-mail or name. No composition rules
 * (digits, capitals) and no expiry: NIST advises against both.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** NIST asks that at least 64 characters be accepted; longer passphrases are welcome up to this. */
    public static final int MAX_LENGTH = 256;

    public static final String TOO_SHORT = "Use at least " + MIN_LENGTH + " characters";
    public static final String TOO_LONG = "Use at most " + MAX_LENGTH + " characters";
    public static final String COMMON = "This password is on a list of common or breached passwords: choose another"
            + " (a few unrelated words make a good one)";
    public static final String REPETITIVE = "This password repeats or runs through characters (like aaaa or 1234):"
            + " choose one that is harder to guess";
    public static final String PERSONAL = "Don’t use your e-mail address or name in your password";
    public static final String CONTROL = "Use letters, digits, spaces and punctuation only";

    /** Digits and symbols people add to a common word to pass a rule ("password1234", "Summer2024!"). */
    private static final Pattern DECORATION = Pattern.compile("^[\\d\\p{Punct}\\s]+|[\\d\\p{Punct}\\s]+$");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int NAME_PART = 4;

    private final CommonPasswords common;

    public PasswordPolicy(CommonPasswords common) {
        this.common = common;
    }

    /** The first reason the password is refused, said the way the person should read it beside the field. */
    public Optional<String> problem(String password, String email, String name) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(TOO_SHORT);
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of(TOO_LONG);
        }
        if (password.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of(CONTROL);
        }
        if (isCommon(password)) {
            return Optional.of(COMMON);
        }
        if (isRepetitive(password)) {
            return Optional.of(REPETITIVE);
        }
        if (isPersonal(password, email, name)) {
            return Optional.of(PERSONAL);
        }
        return Optional.empty();
    }

    /** Whether BCrypt would see only part of it (72 bytes): such passwords are hashed after SHA-256. */
    public static boolean longerThanBcryptTakes(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > 72;
    }

    private boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        String bare = DECORATION.matcher(lower).replaceAll("");
        String squeezed = NOT_LETTER_OR_DIGIT.matcher(lower).replaceAll("");
        return common.contains(lower) || (!bare.isEmpty() && common.contains(bare))
                || (!squeezed.isEmpty() && common.contains(squeezed));
    }

    /** Few distinct characters ("aaaaaaaaaaaa", "abababababab") or one run up or down ("123456789012", "abcdefghijkl"). */
    static boolean isRepetitive(String password) {
        int[] points = password.toLowerCase(Locale.ROOT).codePoints().toArray();
        if (java.util.Arrays.stream(points).distinct().count() < 5) {
            return true;
        }
        boolean run = true;
        for (int i = 2; i < points.length && run; i++) {
            int step = points[i] - points[i - 1];
            run = Math.abs(step) <= 1 && step == points[1] - points[0];
        }
        return run;
    }

    private static boolean isPersonal(String password, String email, String name) {
        String squeezed = NOT_LETTER_OR_DIGIT.matcher(password.toLowerCase(Locale.ROOT)).replaceAll("");
        if (email != null && !email.isBlank()) {
            String address = email.strip().toLowerCase(Locale.ROOT);
            String local = NOT_LETTER_OR_DIGIT.matcher(address.substring(0, Math.max(0, address.indexOf('@'))))
                    .replaceAll("");
            if (password.toLowerCase(Locale.ROOT).contains(address)
                    || (local.length() >= NAME_PART && squeezed.contains(local))) {
                return true;
            }
        }
        if (name != null) {
            for (String part : NOT_LETTER_OR_DIGIT.split(name.toLowerCase(Locale.ROOT))) {
                if (part.length() >= NAME_PART && squeezed.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }
}
