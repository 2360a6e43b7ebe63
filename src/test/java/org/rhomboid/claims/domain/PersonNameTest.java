package org.rhomboid.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void credentialsAndTitlesAreDropped() {
        assertThat(PersonName.of("Dana Whitfield, PT, DPT")).isEqualTo(new PersonName("Whitfield", "Dana"));
        assertThat(PersonName.of("Dr. Alan Brooks")).isEqualTo(new PersonName("Brooks", "Alan"));
        assertThat(PersonName.of("Luis Ortega, PT")).isEqualTo(new PersonName("Ortega", "Luis"));
        assertThat(PersonName.of("Cher")).isEqualTo(new PersonName("Cher", null));
    }
}
