package org.rhomboid.hep.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rhomboid.shared.domain.TestDates;

class DiaryFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    private static Map<String, List<String>> form(String date, String pain, String comment) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (date != null) {
            fields.put("date", List.of(date));
        }
        if (pain != null) {
            fields.put("pain", List.of(pain));
        }
        if (comment != null) {
            fields.put("comment", List.of(comment));
        }
        return fields;
    }

    @Test
    void aCompleteEntry() {
        DiaryForm.Checked checked = DiaryForm.check(form("2026-03-20", "4", "Stiff after work"), TODAY, TestDates.US);

        assertThat(checked.valid()).isTrue();
        assertThat(checked.entry()).isEqualTo(new DiaryEntry(TODAY, 4, "Stiff after work"));
        assertThat(DiaryForm.check(form("2026-03-13", "0", ""), TODAY, TestDates.US).entry())
                .isEqualTo(new DiaryEntry(TODAY.minusDays(7), 0, null));
    }

    @Test
    void dateAndPainAreRequired() {
        DiaryForm.Checked checked = DiaryForm.check(form(null, "", "only a comment"), TODAY, TestDates.US);

        assertThat(checked.valid()).isFalse();
        assertThat(checked.entry()).isNull();
        assertThat(checked.errors()).containsExactly(entry("date", "Give the date"),
                entry("pain", "Give your pain from 0 (none) to 10 (worst imaginable)"));
    }

    @Test
    void futureOrOldDatesAndPainOutOfRangeAreRefused() {
        assertThat(DiaryForm.check(form("2026-03-21", "11", null), TODAY, TestDates.US).errors()).containsExactly(
                entry("date", "The date can't be in the future"), entry("pain", "Pain is a number from 0 to 10"));
        assertThat(DiaryForm.check(form("2026-03-12", "abc", "x".repeat(501)), TODAY, TestDates.US).errors())
                .containsOnlyKeys("date", "pain", "comment");
    }

    @Test
    void badInputNeverThrows() {
        assertThatCode(() -> DiaryForm.check(null, TODAY, TestDates.US)).doesNotThrowAnyException();
        assertThat(DiaryForm.check(form("not a date", "-0", "\uD83D"), TODAY, TestDates.US).errors())
                .containsOnlyKeys("date", "pain");
    }
}
