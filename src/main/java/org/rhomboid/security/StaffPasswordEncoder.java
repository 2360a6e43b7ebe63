package org.rhomboid.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt (cost 12; {@code rhomboid.security.password-cost}, which only the tests lower) for staff passwords, without BCrypt's limit: it reads only 72 bytes (and Spring refuses more), while
 * NIST SP 800-63B asks for passphrases of 64 characters and more — 64 accented or non-Latin characters are well over
 * 72 bytes. A password over 72 bytes is first hashed with SHA-256 (Base64, 44 ASCII characters, no NUL), and its hash
 * is marked so; hashes stored before keep working unchanged.
 */
final class StaffPasswordEncoder implements PasswordEncoder {

    static final String PREHASHED = "{sha256+bcrypt}";
    private static final int BCRYPT_BYTES = 72;

    static final int COST = 12;

    private final BCryptPasswordEncoder bcrypt;

    StaffPasswordEncoder() {
        this(COST);
    }

    /**
     * A hash keeps the cost it was made with, so checking a password costs what its hash says whatever this is;
     * only new hashes take this cost.
     */
    StaffPasswordEncoder(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("BCrypt's cost is between 4 and 31, not " + cost);
        }
        this.bcrypt = new BCryptPasswordEncoder(cost);
    }

    @Override
    public String encode(CharSequence raw) {
        return fits(raw) ? bcrypt.encode(raw) : PREHASHED + bcrypt.encode(prehash(raw));
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        if (raw == null || encoded == null) {
            return false;
        }
        if (encoded.startsWith(PREHASHED)) {
            return bcrypt.matches(prehash(raw), encoded.substring(PREHASHED.length()));
        }
        // A plain BCrypt hash was made from at most 72 bytes, so a longer password cannot be it; the check still
        // costs one BCrypt round so the answer takes as long as any other.
        if (!fits(raw)) {
            bcrypt.matches(prehash(raw), encoded);
            return false;
        }
        return bcrypt.matches(raw, encoded);
    }

    private static boolean fits(CharSequence raw) {
        return raw.toString().getBytes(StandardCharsets.UTF_8).length <= BCRYPT_BYTES;
    }

    private static String prehash(CharSequence raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
