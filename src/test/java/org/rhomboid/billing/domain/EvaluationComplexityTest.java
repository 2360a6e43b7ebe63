package org.rhomboid.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rhomboid.billing.domain.EvaluationComplexity.Level.HIGH;
import static org.rhomboid.billing.domain.EvaluationComplexity.Level.LOW;
import static org.rhomboid.billing.domain.EvaluationComplexity.Level.MODERATE;
import static org.rhomboid.billing.domain.EvaluationComplexity.Presentation.EVOLVING;
import static org.rhomboid.billing.domain.EvaluationComplexity.Presentation.STABLE;
import static org.rhomboid.billing.domain.EvaluationComplexity.Presentation.UNSTABLE;

import org.junit.jupiter.api.Test;

class EvaluationComplexityTest {

    @Test
    void theIssuesExampleIsModerate() {
        var r = EvaluationComplexity.of(2, 3, EVOLVING, MODERATE);
        assertThat(r.code()).isEqualTo("97162");
        assertThat(r.complexity()).isEqualTo(MODERATE);
        assertThat(r.typicalMinutes()).isEqualTo(30);
        assertThat(r.limitedBy()).isEmpty();
    }

    @Test
    void eachLevelWhenEveryComponentSupportsIt() {
        assertThat(EvaluationComplexity.of(0, 2, STABLE, LOW).code()).isEqualTo("97161");
        assertThat(EvaluationComplexity.of(0, 2, STABLE, LOW).typicalMinutes()).isEqualTo(20);
        var high = EvaluationComplexity.of(3, 4, UNSTABLE, HIGH);
        assertThat(high.code()).isEqualTo("97163");
        assertThat(high.typicalMinutes()).isEqualTo(45);
    }

    @Test
    void theLeastSupportedComponentSetsTheLevelAndIsNamed() {
        var r = EvaluationComplexity.of(4, 5, STABLE, HIGH);
        assertThat(r.code()).isEqualTo("97161");
        assertThat(r.limitedBy()).containsExactly("presentation");
        var r2 = EvaluationComplexity.of(1, 2, UNSTABLE, HIGH);
        assertThat(r2.complexity()).isEqualTo(LOW);
        assertThat(r2.limitedBy()).containsExactly("examElements");
        var r3 = EvaluationComplexity.of(3, 3, UNSTABLE, MODERATE);
        assertThat(r3.complexity()).isEqualTo(MODERATE);
        assertThat(r3.limitedBy()).containsExactly("examElements", "decisionMaking");
        assertThat(r3.limitedByInWords()).as("what the therapist reads")
                .containsExactly("body systems examined", "clinical decision making");
        assertThat(EvaluationComplexity.of(4, 5, STABLE, HIGH).limitedByInWords()).containsExactly("clinical presentation");
    }

    @Test
    void impossibleCountsAreRefused() {
        assertThatThrownBy(() -> EvaluationComplexity.of(-1, 3, STABLE, LOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EvaluationComplexity.of(0, 0, STABLE, LOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
