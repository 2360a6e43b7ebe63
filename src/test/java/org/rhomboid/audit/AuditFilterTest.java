package org.rhomboid.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

    @Test
    void datesPostgresCannotHoldAreBoundsTheSearchCanUse() {
        AuditFilter far = new AuditFilter(null, null, null, null, LocalDate.of(20000, 1, 1), LocalDate.of(-5000, 1, 1));
        assertThat(far.from()).isEqualTo(LocalDate.of(2999, 12, 31));
        assertThat(far.to()).isEqualTo(LocalDate.of(1900, 1, 1));
        AuditFilter open = new AuditFilter(null, null, null, null, LocalDate.of(1200, 1, 1), LocalDate.of(3100, 1, 1));
        assertThat(open.from()).isNull();
        assertThat(open.to()).isNull();
        LocalDate day = LocalDate.of(2026, 12, 7);
        assertThat(new AuditFilter(null, null, null, null, day, day)).extracting(AuditFilter::from, AuditFilter::to)
                .containsExactly(day, day);
    }
}
