package org.rhomboid.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final CommonPasswords SHIPPED = CommonPasswords.shipped();
    private final PasswordPolicy policy = new PasswordPolicy(SHIPPED);

    private String problem(String password) {
        return policy.problem(password, "jo.marsh@clinic.example", "Jo Marsh, PT").orElse(null);
    }

    @Test
    void theShippedListIsTheCommonPasswordsOfZxcvbn() {
        assertThat(SHIPPED.size()).isBetween(10_000, 100_000);
        assertThat(SHIPPED.contains("password")).isTrue();
        assertThat(SHIPPED.contains("QWERTY")).isTrue();
        assertThat(SHIPPED.contains("# Licence: MIT.")).isFalse();
    }

    @Test
    void atLeastTwelveCharactersAndAcceptedUpToTwoHundredFiftySix() {
        assertThat(problem("otter-violin")).isNull();
        assertThat(problem("otter-violi")).isEqualTo(PasswordPolicy.TOO_SHORT);
        assertThat(problem(null)).isEqualTo(PasswordPolicy.TOO_SHORT);
        // Counted in characters, not bytes: twelve accented letters are twelve.
        assertThat(problem("ÆøÅéüßçñÐþŁź")).isNull();
        assertThat(problem("river-stone-" + "q".repeat(52) + "-wind")).as("64 and more").isNull();
        assertThat(problem("seven wild otters ".repeat(14))).isNull();
        assertThat(problem("a" + "seven wild otters ".repeat(15))).isEqualTo(PasswordPolicy.TOO_LONG);
    }

    @Test
    void commonAndBreachedPasswordsAndTheirDecoratedFormsAreRefused() {
        assertThat(problem("password1234")).isEqualTo(PasswordPolicy.COMMON);
        assertThat(problem("Password1234!")).isEqualTo(PasswordPolicy.COMMON);
        assertThat(problem("!!Football2024")).isEqualTo(PasswordPolicy.COMMON);
        assertThat(problem("iloveyou-iloveyou")).isNull();
        assertThat(problem("1qaz2wsx3edc")).isEqualTo(PasswordPolicy.COMMON);
    }

    @Test
    void repeatedOrSequentialCharactersAreRefused() {
        assertThat(problem("aaaaaaaaaaaa")).isEqualTo(PasswordPolicy.REPETITIVE);
        assertThat(problem("abababababab")).isEqualTo(PasswordPolicy.REPETITIVE);
        assertThat(problem("abcdefghijklmn")).isEqualTo(PasswordPolicy.REPETITIVE);
        assertThat(problem("mnopqrstuvwxyz")).isEqualTo(PasswordPolicy.REPETITIVE);
        assertThat(problem("zyxwvutsrqpo")).isEqualTo(PasswordPolicy.REPETITIVE);
        assertThat(problem("abcd-river-otter")).isNull();
    }

    @Test
    void theirOwnEmailAndNameAreRefused() {
        assertThat(problem("jo.marsh@clinic.example")).isEqualTo(PasswordPolicy.PERSONAL);
        assertThat(problem("JoMarsh-river-otter")).isEqualTo(PasswordPolicy.PERSONAL);
        assertThat(problem("river marsh otter")).isEqualTo(PasswordPolicy.PERSONAL);
        // Short name parts ("Jo", "PT") are too common in words to refuse.
        assertThat(problem("journey-to-the-pt-room")).isNull();
    }

    @Test
    void controlCharactersAreRefused() {
        assertThat(problem("river-otter\u0000stone")).isEqualTo(PasswordPolicy.CONTROL);
        assertThat(problem("river-otter\nstone")).isEqualTo(PasswordPolicy.CONTROL);
    }

    @Test
    void theDemoAndTestPasswordsPass() {
        assertThat(policy.problem("rhomboid-demo", "pt@demo.rhomboid.org", "Dana Whitfield, PT, DPT")).isEmpty();
        assertThat(policy.problem("rhomboid-demo", "frontdesk@demo.rhomboid.org", "Front desk")).isEmpty();
        assertThat(policy.problem("correct-horse-battery", "pt-1a2b3c4d@test.rhomboid.org", "Physical therapist 1"))
                .isEmpty();
        assertThat(policy.problem("a-long-secret-passphrase", "owner@clinic.example", "Clinic administrator")).isEmpty();
    }

    @Test
    void bcryptsLimitIsCountedInBytes() {
        assertThat(PasswordPolicy.longerThanBcryptTakes("a".repeat(72))).isFalse();
        assertThat(PasswordPolicy.longerThanBcryptTakes("é".repeat(37))).isTrue();
    }
}
