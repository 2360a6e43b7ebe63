package org.rhomboid.visit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HepAdherenceTest {

    @Test
    void thePortalsPercentSuggestsTheNotesAnswer() {
        assertThat(HepAdherence.fromPortal(true, 5, 95)).isEqualTo(HepAdherence.ALL);
        assertThat(HepAdherence.fromPortal(true, 5, 90)).isEqualTo(HepAdherence.ALL);
        assertThat(HepAdherence.fromPortal(true, 5, 89)).isEqualTo(HepAdherence.MOST);
        assertThat(HepAdherence.fromPortal(true, 5, 60)).isEqualTo(HepAdherence.MOST);
        assertThat(HepAdherence.fromPortal(true, 5, 10)).isEqualTo(HepAdherence.SOME);
        assertThat(HepAdherence.fromPortal(true, 3, 0)).isEqualTo(HepAdherence.NONE);
    }

    @Test
    void withoutLogsTheTherapistAsksAndWithoutAProgrammeThereIsNothingToDo() {
        assertThat(HepAdherence.fromPortal(true, 0, 0)).isNull();
        assertThat(HepAdherence.fromPortal(false, 0, null)).isEqualTo(HepAdherence.NOT_PRESCRIBED);
    }
}
