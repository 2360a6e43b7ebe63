package org.rhomboid.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ClaimRangeTest {

    @Test
    void aRangeOfUpTo366DaysIsRead() {
        ClaimRange.Read read = ClaimRange.read("2026-01-01", " 2026-12-31 ");
        assertThat(read.valid()).isTrue();
        assertThat(read.range()).isEqualTo(new ClaimRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(ClaimRange.read("2028-01-01", "2028-12-31").valid()).as("366 days, leap year").isTrue();
        assertThat(ClaimRange.read("2026-03-10", "2026-03-10").valid()).as("one day").isTrue();
    }

    @Test
    void theEndBeforeTheStartIsRefusedBesideTheEnd() {
        ClaimRange.Read read = ClaimRange.read("2026-03-10", "2026-03-01");
        assertThat(read.valid()).isFalse();
        assertThat(read.errors()).containsOnlyKeys("to");
        assertThat(read.errors().get("to")).contains("can't be before");
        assertThat(read.typed()).containsEntry("from", "2026-03-10").containsEntry("to", "2026-03-01");
    }

    @Test
    void moreThan366DaysIsRefused() {
        ClaimRange.Read read = ClaimRange.read("2026-01-01", "2027-01-02");
        assertThat(read.errors().get("to")).contains("At most 366 days").contains("2027-01-01");
    }

    @Test
    void unparseableAndMissingDatesAreRefusedBesideTheirField() {
        ClaimRange.Read read = ClaimRange.read("10/03/2026", "");
        assertThat(read.errors()).containsEntry("from", "Enter a date as yyyy-mm-dd")
                .containsEntry("to", "Enter the last visit date");
        assertThat(read.typed()).containsEntry("from", "10/03/2026");
        assertThat(ClaimRange.read("2026-02-30", "2026-03-01").errors()).containsKey("from");
        assertThat(ClaimRange.read(null, null).errors()).containsOnlyKeys("from", "to");
    }
}
