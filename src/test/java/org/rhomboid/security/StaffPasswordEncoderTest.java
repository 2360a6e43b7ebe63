package org.rhomboid.security;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class StaffPasswordEncoderTest {

    private final StaffPasswordEncoder encoder = new StaffPasswordEncoder();

    @Test
    void passwordsBcryptReadsWholeAreStoredAsBefore() {
        String hash = encoder.encode("otter-violin-harbour-73");
        assertThat(hash).startsWith("$2a$12$");
        assertThat(encoder.matches("otter-violin-harbour-73", hash)).isTrue();
        assertThat(encoder.matches("otter-violin-harbour-74", hash)).isFalse();
    }

    @Test
    void hashesStoredBeforeStillMatch() {
        String old = new BCryptPasswordEncoder(4).encode("rhomboid-demo");
        assertThat(encoder.matches("rhomboid-demo", old)).isTrue();
    }

    @Test
    void longerPasswordsAreHashedWholeNotCutAtSeventyTwoBytes() {
        String start = "Uber den Wolken muss die Freiheit wohl grenzenlos sein, sang Reinhard Mey 1974";
        String hash = encoder.encode(start + " — Ærøskøbing");
        assertThat(hash).startsWith(StaffPasswordEncoder.PREHASHED);
        assertThat(encoder.matches(start + " — Ærøskøbing", hash)).isTrue();
        assertThat(encoder.matches(start + " — Aeroeskoebing", hash)).isFalse();
        assertThat(encoder.matches(start, hash)).isFalse();
    }

    @Test
    void aLongPasswordAgainstAnOldHashIsNoErrorJustNoMatch() {
        String old = new BCryptPasswordEncoder(4).encode("a".repeat(72));
        assertThat(encoder.matches("a".repeat(100), old)).isFalse();
        assertThat(encoder.matches("a".repeat(72), old)).isTrue();
        assertThat(encoder.matches(null, old)).isFalse();
    }

    @Test
    void onlyTheTestsLowerTheCostAndOnlyWithinBcryptsRange() throws IOException {
        assertThat(new StaffPasswordEncoder(4).encode("otter-violin-harbour-73")).startsWith("$2a$04$");
        assertThatThrownBy(() -> new StaffPasswordEncoder(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StaffPasswordEncoder(32)).isInstanceOf(IllegalArgumentException.class);
        Properties shipped = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            shipped.load(in);
        }
        assertThat(shipped.getProperty("rhomboid.security.password-cost", "12"))
                .as("the application as shipped hashes at cost 12").isEqualTo("12");
    }
}
