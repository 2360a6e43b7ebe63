package org.rhomboid.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OneTimeCodesTest {

    /** RFC 6238 appendix B's SHA-1 key. */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theRfc6238TestVectorsComeOut() {
        assertThat(OneTimeCodes.code(RFC_SECRET, OneTimeCodes.step(Instant.ofEpochSecond(59)), 8)).isEqualTo("94287082");
        assertThat(OneTimeCodes.code(RFC_SECRET, OneTimeCodes.step(Instant.ofEpochSecond(1111111109)), 8))
                .isEqualTo("07081804");
        assertThat(OneTimeCodes.code(RFC_SECRET, OneTimeCodes.step(Instant.ofEpochSecond(1234567890)), 8))
                .isEqualTo("89005924");
        assertThat(OneTimeCodes.code(RFC_SECRET, OneTimeCodes.step(Instant.ofEpochSecond(20000000000L)), 8))
                .isEqualTo("65353130");
        assertThat(OneTimeCodes.code(RFC_SECRET, OneTimeCodes.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    }

    @Test
    void aCodeFromTheStepBeforeOrAfterIsTakenButNotFurther() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = OneTimeCodes.step(now);
        assertThat(OneTimeCodes.match(RFC_SECRET, OneTimeCodes.code(RFC_SECRET, step - 1), now, 0)).hasValue(step - 1);
        assertThat(OneTimeCodes.match(RFC_SECRET, OneTimeCodes.code(RFC_SECRET, step + 1), now, 0)).hasValue(step + 1);
        assertThat(OneTimeCodes.match(RFC_SECRET, OneTimeCodes.code(RFC_SECRET, step - 2), now, 0)).isEmpty();
    }

    @Test
    void aCodeIsTakenOnceAndNoEarlierCodeAfterIt() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = OneTimeCodes.step(now);
        String code = OneTimeCodes.code(RFC_SECRET, step);
        assertThat(OneTimeCodes.match(RFC_SECRET, code, now, step)).as("replayed").isEmpty();
        assertThat(OneTimeCodes.match(RFC_SECRET, OneTimeCodes.code(RFC_SECRET, step - 1), now, step)).isEmpty();
    }

    @Test
    void spacesAreForgivenAndAnythingElseIsNoCode() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        String code = OneTimeCodes.code(RFC_SECRET, OneTimeCodes.step(now));
        assertThat(OneTimeCodes.match(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), now, 0)).isPresent();
        assertThat(OneTimeCodes.match(RFC_SECRET, null, now, 0)).isEmpty();
        assertThat(OneTimeCodes.match(RFC_SECRET, "12345", now, 0)).isEmpty();
        assertThat(OneTimeCodes.match(RFC_SECRET, "abcdef", now, 0)).isEmpty();
        assertThat(OneTimeCodes.looksLikeCode("123 456")).isTrue();
        assertThat(OneTimeCodes.looksLikeCode("k7m2q-x9p4w")).isFalse();
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.decode("mzxw 6ytb oi")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        assertThat(Base32.decode(Base32.encode(RFC_SECRET))).isEqualTo(RFC_SECRET);
    }

    @Test
    void recoveryCodesAreTenDistinctAndReadBackHoweverTyped() {
        var codes = RecoveryCodes.generate();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[2-9a-z]{5}-[2-9a-z]{5}"));
        String code = codes.get(0);
        assertThat(RecoveryCodes.normalise(" " + code.toUpperCase() + " ")).isEqualTo(code.replace("-", ""));
        assertThat(RecoveryCodes.normalise("12345")).isNull();
        assertThat(RecoveryCodes.normalise("0000000000")).as("0 is not in the alphabet").isNull();
    }
}
