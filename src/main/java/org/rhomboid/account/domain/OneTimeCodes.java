package org.rhomboid.account.domain;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes from an authenticator app (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps, six
 * digits — what every common app (Google Authenticator, Microsoft Authenticator, 1Password…) shows by default.
 * One step either side is accepted, for a phone clock a little off; a code is taken once only (the step it matched
 * must be later than the last step used), so a code read over a shoulder can't be replayed.
 */
public final class OneTimeCodes {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    /** Steps accepted either side of now. */
    static final int DRIFT = 1;
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private OneTimeCodes() {
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for one time step (RFC 4226 §5.3 dynamic truncation). */
    public static String code(byte[] secret, long step, int digits) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            String code = Integer.toString(binary % POWERS[digits]);
            return "0".repeat(digits - code.length()) + code;
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", impossible);
        }
    }

    public static String code(byte[] secret, long step) {
        return code(secret, step, DIGITS);
    }

    /**
     * The step a typed code matches, if it matches one near {@code now} later than {@code lastUsedStep}; spaces the
     * person typed between digit groups are ignored. Every candidate is compared in constant time.
     */
    public static OptionalLong match(byte[] secret, String typed, Instant now, long lastUsedStep) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        long found = -1;
        for (long candidate = current - DRIFT; candidate <= current + DRIFT; candidate++) {
            boolean same = MessageDigest.isEqual(code(secret, candidate).getBytes(), digits.getBytes());
            if (same && candidate > lastUsedStep && found < 0) {
                found = candidate;
            }
        }
        return found < 0 ? OptionalLong.empty() : OptionalLong.of(found);
    }

    /** Whether what was typed looks like a six-digit code (rather than a recovery code). */
    public static boolean looksLikeCode(String typed) {
        return typed != null && typed.replaceAll("[\\s-]", "").matches("\\d{" + DIGITS + "}");
    }
}
