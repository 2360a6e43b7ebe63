package org.rhomboid.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Secrets Rhomboid must read back to use (a clinic's SMTP password), sealed before they go into the database with
 * AES-256-GCM under a key kept outside it: a copy of the database or a backup alone does not give them away. The
 * key is {@code rhomboid.secrets.key} (RHOMBOID_SECRETS_KEY, 32 bytes in base64: set the same on every node), or else
 * a key file made on first use ({@code rhomboid.secrets.key-file}, private to this user), or — for an ephemeral
 * database that dies with the JVM — a key that does too. Each sealed value is bound to where it is stored (the
 * context, e.g. the clinic's row), so it cannot be moved to another row and opened there.
 */
@Component
public class SealedSecrets {

    static final String PREFIX = "sealed:v1:";
    private static final Logger log = LoggerFactory.getLogger(SealedSecrets.class);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    SealedSecrets(@Value("${rhomboid.secrets.key:}") String key,
                  @Value("${rhomboid.secrets.key-file:./data/secrets.key}") String keyFile,
                  @Value("${rhomboid.db.ephemeral:false}") boolean ephemeral) {
        this.key = new SecretKeySpec(keyBytes(key, Path.of(keyFile), ephemeral), "AES");
    }

    /** Seals the secret for the place it is stored ({@code context}). */
    public String seal(String secret, String context) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The secret, or empty when it was sealed under another key or for another place (or altered). A value stored
     * before sealing existed is given back as it is; it is sealed the next time it is saved.
     */
    public Optional<String> open(String stored, String context) {
        if (stored == null) {
            return Optional.empty();
        }
        if (!stored.startsWith(PREFIX)) {
            return Optional.of(stored);
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return Optional.of(new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES),
                    StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException notOurs) {
            // Never the value: only that it could not be opened (another node's key, or moved between rows).
            log.warn("A stored secret ({}) could not be opened with this key: set the same rhomboid.secrets.key on"
                    + " every node", context.replaceAll(":.*", ""));
            return Optional.empty();
        }
    }

    private static byte[] keyBytes(String configured, Path file, boolean ephemeral) {
        if (configured != null && !configured.isBlank()) {
            return decoded(configured.strip(), "rhomboid.secrets.key");
        }
        if (ephemeral) {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            return fresh;
        }
        try {
            Optional<String> stored = PrivateFiles.readSecret(file);
            if (stored.isPresent()) {
                return decoded(stored.get(), file.toString());
            }
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            PrivateFiles.write(file, Base64.getEncoder().encodeToString(fresh));
            log.info("Made a new key for secrets at rest in {}: keep it with the backups' keys, apart from them",
                    file);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or make the secrets key " + file, e);
        }
    }

    private static byte[] decoded(String base64, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException(where + " is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(where + " must hold 32 bytes (base64 of a 256-bit key), not "
                    + bytes.length);
        }
        return bytes;
    }
}
