package org.rhomboid.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void wildcardsAndTheEscapeCharacterAreTakenLiterally() {
        assertThat(LikePattern.literal("%%%")).isEqualTo("\\%\\%\\%");
        assertThat(LikePattern.literal("a_b")).isEqualTo("a\\_b");
        assertThat(LikePattern.literal("back\\slash")).isEqualTo("back\\\\slash");
        assertThat(LikePattern.literal("\\%")).as("escape first, then wildcards").isEqualTo("\\\\\\%");
        assertThat(LikePattern.startingWith("dana")).isEqualTo("dana%");
        assertThat(LikePattern.startingWith("50%_")).isEqualTo("50\\%\\_%");
    }
}
