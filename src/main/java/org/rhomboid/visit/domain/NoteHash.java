package org.rhomboid.visit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The fingerprint of a signed note: SHA-256 of its content written as canonical JSON (UTF-8), in lower-case
 * hex. Stored when the note is signed, it shows later that the note has not changed since (NOTE-HASH).
 */
public final class NoteHash {

    private NoteHash() {
    }

    public static String of(Map<String, ?> content) {
        return HexFormat.of().formatHex(digest(CanonicalJson.write(content)));
    }

    /** Whether the content still matches the hash stored at signing (compared in constant time). */
    public static boolean verify(Map<String, ?> content, String storedHash) {
        if (storedHash == null || !storedHash.strip().matches("(?i)[0-9a-f]{64}")) {
            return false;
        }
        byte[] stored = HexFormat.of().parseHex(storedHash.strip().toLowerCase(Locale.ROOT));
        return MessageDigest.isEqual(digest(CanonicalJson.write(content)), stored);
    }

    private static byte[] digest(String json) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException(impossible);
        }
    }
}
