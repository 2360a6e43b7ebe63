package org.rhomboid.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluralTest {

    @Test
    void oneIsSingularEverythingElsePlural() {
        assertThat(Plural.of(1, "day")).isEqualTo("1 day");
        assertThat(Plural.of(2, "day")).isEqualTo("2 days");
        assertThat(Plural.of(0, "visit")).isEqualTo("0 visits");
        assertThat(Plural.of(1, "timed unit")).isEqualTo("1 timed unit");
        assertThat(Plural.of(3, "timed unit")).isEqualTo("3 timed units");
    }

    @Test
    void regularSpellingRules() {
        assertThat(Plural.plural("therapy")).isEqualTo("therapies");
        assertThat(Plural.plural("day")).isEqualTo("days");
        assertThat(Plural.plural("box")).isEqualTo("boxes");
        assertThat(Plural.plural("stretch")).isEqualTo("stretches");
        assertThat(Plural.plural("class")).isEqualTo("classes");
    }

    @Test
    void irregularNounsAndGivenPlurals() {
        assertThat(Plural.of(2, "person")).isEqualTo("2 people");
        assertThat(Plural.noun(2, "was")).isEqualTo("were");
        assertThat(Plural.of(2, "criterion", "criteria")).isEqualTo("2 criteria");
        assertThat(Plural.of(1, "criterion", "criteria")).isEqualTo("1 criterion");
    }
}
