package org.rhomboid.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void aSentenceEndsWithOneFullStop() {
        assertThat(Sentences.end("Pain at night")).isEqualTo("Pain at night.");
        assertThat(Sentences.end("Age over 50 adds to the concern.")).isEqualTo("Age over 50 adds to the concern.");
        assertThat(Sentences.end("Age over 50 adds to the concern..")).isEqualTo("Age over 50 adds to the concern.");
        assertThat(Sentences.end("Better?")).isEqualTo("Better?");
        assertThat(Sentences.end("Wait and see...")).isEqualTo("Wait and see...");
        assertThat(Sentences.end("Heat helps,")).isEqualTo("Heat helps.");
        assertThat(Sentences.end("He said “no.”")).isEqualTo("He said “no.”");
        assertThat(Sentences.end("  ")).isEmpty();
    }

    @Test
    void joinedSentencesNeverRunTogether() {
        assertThat(Sentences.join("Work: Software developer", "Patient’s goals: Pick up my daughter."))
                .isEqualTo("Work: Software developer. Patient’s goals: Pick up my daughter.");
        assertThat(Sentences.join(Arrays.asList("One.", null, " ", "Two"))).isEqualTo("One. Two.");
    }

    @Test
    void aListingEndsOnceWhateverItsItemsEndWith() {
        assertThat(Sentences.listing("Not signed yet", List.of("Save the plan of care.", "Acknowledge every screening concern")))
                .isEqualTo("Not signed yet: Save the plan of care; Acknowledge every screening concern.");
        assertThat(Sentences.listing("Not certified", List.of("Awaiting the signature, due by Jan 6, 2027.")))
                .isEqualTo("Not certified: Awaiting the signature, due by Jan 6, 2027.")
                .doesNotContain("..");
    }
}
