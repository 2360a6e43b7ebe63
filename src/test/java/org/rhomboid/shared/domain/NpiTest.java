package org.rhomboid.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpiTest {

    @Test
    void theCmsWorkedExampleIsValid() {
        // CMS's own example: 123456789 with the 80840 prefix gives check digit 3.
        assertThat(Npi.checkDigit("123456789")).isEqualTo(3);
        assertThat(Npi.isValid("1234567893")).isTrue();
    }

    @Test
    void everyOtherCheckDigitIsRejected() {
        for (int digit = 0; digit <= 9; digit++) {
            assertThat(Npi.isValid("123456789" + digit)).as("check digit " + digit).isEqualTo(digit == 3);
        }
    }

    @Test
    void aSingleMistypedDigitIsCaught() {
        assertThat(Npi.isValid("1234567993")).isFalse();
        assertThat(Npi.isValid("2134567893")).isFalse();
    }

    @Test
    void npisAreIssuedBeginningWithOneOrTwo() {
        String firstNine = "312345678";
        assertThat(Npi.isValid(firstNine + Npi.checkDigit(firstNine))).isFalse();
        String second = "212345678";
        assertThat(Npi.isValid(second + Npi.checkDigit(second))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123456789", "12345678901", "12345678a3", " 1234567893"})
    void onlyTenDigitsCanBeAnNpi(String candidate) {
        assertThat(Npi.isValid(candidate)).isFalse();
    }

    @Test
    void nullIsNotAnNpi() {
        assertThat(Npi.isValid(null)).isFalse();
        assertThatThrownBy(() -> Npi.checkDigit("12")).isInstanceOf(IllegalArgumentException.class);
    }
}
