package org.rhomboid.hep.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeskWorkTest {

    @Test
    void deskWorkersAreRecognisedFromTheIntakeOrTheProgramme() {
        assertThat(DeskWork.applies(Set.of("DESK_WORK"), null, List.of())).isTrue();
        assertThat(DeskWork.applies(Set.of("PROLONGED_SITTING"), "", List.of())).isTrue();
        assertThat(DeskWork.applies(Set.of(), "Software developer, mostly on a laptop", List.of())).isTrue();
        assertThat(DeskWork.applies(Set.of(), null, List.of("desk-ergonomics"))).isTrue();
    }

    @Test
    void othersDoNotGetTheAdvice() {
        assertThat(DeskWork.applies(Set.of("LIFTING"), "Scaffolder", List.of("cat-cow"))).isFalse();
        assertThat(DeskWork.applies(Set.of(), "Deskilled? no: roofer", List.of())).isFalse();
    }

    @Test
    void theAdviceCoversScreenHeightLaptopsAndBreaks() {
        assertThat(String.join(" ", DeskWork.ADVICE)).contains("Screen height").contains("Laptops").contains("Breaks");
    }
}
