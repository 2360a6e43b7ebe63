package org.rhomboid.patient.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void aWordIsANamePrefix() {
        assertThat(SearchTerms.parse("Smi")).isEqualTo(new SearchTerms(Optional.empty(), Optional.empty(), List.of("smi")));
    }

    @Test
    void familyCommaGivenGivesTwoNames() {
        assertThat(SearchTerms.parse("Smith, Jo").names()).containsExactly("smith", "jo");
    }

    @Test
    void isoAndUsDatesAreDatesOfBirth() {
        assertThat(SearchTerms.parse("1962-05-25").birthDate()).contains(LocalDate.of(1962, 5, 25));
        assertThat(SearchTerms.parse("5/25/1962").birthDate()).contains(LocalDate.of(1962, 5, 25));
        assertThat(SearchTerms.parse("smith 05/25/1962").names()).containsExactly("smith");
    }

    @Test
    void anImpossibleDateIsNotADate() {
        assertThat(SearchTerms.parse("1962-02-30").birthDate()).isEmpty();
    }

    @Test
    void tokensWithDigitsAreRecordNumbers() {
        assertThat(SearchTerms.parse("r001007").mrn()).contains("R001007");
        assertThat(SearchTerms.parse("CHART-77").mrn()).contains("CHART-77");
        assertThat(SearchTerms.parse("1234").mrn()).contains("1234");
    }

    @Test
    void blankIsEmpty() {
        assertThat(SearchTerms.parse("   ").isEmpty()).isTrue();
        assertThat(SearchTerms.parse(null).isEmpty()).isTrue();
        assertThat(SearchTerms.parse("a").isEmpty()).isFalse();
    }

    @Test
    void namesKeepTheirPunctuationButNothingElse() {
        assertThat(SearchTerms.parse("O'Brien-Núñez").names()).containsExactly("o'brien-núñez");
        assertThat(SearchTerms.parse("smi% ()").names()).containsExactly("smi");
    }

    @Test
    void atMostTwoNamesAreUsed() {
        assertThat(SearchTerms.parse("mary ann de la cruz").names()).containsExactly("mary", "ann");
    }
}
