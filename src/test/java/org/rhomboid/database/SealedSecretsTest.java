package org.rhomboid.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealedSecretsTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path folder;

    @Test
    void aSealedSecretOpensOnlyWithItsKeyAndForItsPlace() {
        SealedSecrets secrets = new SealedSecrets(KEY, folder.resolve("unused").toString(), false);
        String sealed = secrets.seal("pa55-word", "row:1");
        assertThat(sealed).startsWith("sealed:v1:").doesNotContain("pa55");
        assertThat(secrets.seal("pa55-word", "row:1")).as("a fresh IV each time").isNotEqualTo(sealed);
        assertThat(secrets.open(sealed, "row:1")).contains("pa55-word");
        assertThat(secrets.open(sealed, "row:2")).as("moved to another row").isEmpty();
        String otherKey = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
        assertThat(new SealedSecrets(otherKey, "unused", false).open(sealed, "row:1")).isEmpty();
        String altered = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThat(secrets.open(altered, "row:1")).isEmpty();
        assertThat(secrets.open("typed-before-sealing", "row:1")).contains("typed-before-sealing");
        assertThat(secrets.open(null, "row:1")).isEmpty();
    }

    @Test
    void withoutAConfiguredKeyAPrivateKeyFileIsMadeOnceAndKept() throws Exception {
        Path file = folder.resolve("keys/secrets.key");
        String sealed = new SealedSecrets("", file.toString(), false).seal("pa55-word", "row:1");
        assertThat(Files.readString(file).strip()).hasSize(44);
        if (PrivateFiles.posix(file)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(new SealedSecrets("", file.toString(), false).open(sealed, "row:1")).contains("pa55-word");
    }

    @Test
    void aMistypedKeyStopsTheStartRatherThanSealingWithTheWrongOne() {
        assertThatIllegalStateException().isThrownBy(() -> new SealedSecrets("not base64!", "unused", false))
                .withMessageContaining("base64");
        assertThatIllegalStateException().isThrownBy(() -> new SealedSecrets(
                Base64.getEncoder().encodeToString(new byte[16]), "unused", false)).withMessageContaining("32 bytes");
    }
}
