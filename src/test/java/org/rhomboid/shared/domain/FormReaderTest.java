package org.rhomboid.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormReaderTest {

    enum Colour { RED, GREEN }

    private static FormReader reader(String name, String... values) {
        return new FormReader(Map.of(name, Arrays.asList(values)));
    }

    @Test
    void aValueIsTheFirstOneTrimmed() {
        FormReader f = reader("name", "  Ada  ", "Grace");
        assertThat(f.value("name")).isEqualTo("Ada");
        assertThat(f.values("name")).containsExactly("  Ada  ", "Grace");
    }

    @Test
    void aMissingEmptyOrNullFieldIsBlank() {
        assertThat(reader("name").value("name")).isEmpty();
        assertThat(reader("name", (String) null).value("name")).isEmpty();
        assertThat(reader("name", "Ada").value("other")).isEmpty();
        assertThat(reader("name", "Ada").values("other")).isEmpty();
    }

    @Test
    void aFieldIsTickedWhenItHasAnyValue() {
        assertThat(reader("spasm", "on").ticked("spasm")).isTrue();
        assertThat(reader("spasm", " ").ticked("spasm")).isFalse();
        assertThat(reader("spasm", "on").ticked("trigger")).isFalse();
    }

    @Test
    void textIsReturnedEvenWhenTooLongButNoted() {
        FormReader f = reader("note", "abcdef");
        assertThat(f.text("note", 6)).isEqualTo("abcdef");
        assertThat(f.errors()).isEmpty();
        assertThat(f.text("note", 5)).isEqualTo("abcdef");
        assertThat(f.errors()).containsExactly(entry("note", "Use at most 5 characters"));
    }

    @Test
    void aChoiceIsAnEnumConstantByExactName() {
        assertThat(reader("colour", " GREEN ").choice("colour", Colour.class)).isEqualTo(Colour.GREEN);
        FormReader f = reader("colour", "green");
        assertThat(f.choice("colour", Colour.class)).isNull();
        assertThat(f.errors()).containsExactly(entry("colour", "Choose one of the options"));
    }

    @Test
    void aBlankChoiceIsNotGivenAndNoError() {
        FormReader f = reader("colour", "");
        assertThat(f.choice("colour", Colour.class)).isNull();
        assertThat(f.choice("colour", null, Colour.class)).isNull();
        assertThat(f.errors()).isEmpty();
    }

    @Test
    void aChoiceCanBeReadFromOneOfSeveralValues() {
        FormReader f = reader("colour", "RED", "BLUE");
        assertThat(f.choice("colour", f.values("colour").get(0), Colour.class)).isEqualTo(Colour.RED);
        assertThat(f.choice("colour", " GREEN ", Colour.class)).isEqualTo(Colour.GREEN);
        assertThat(f.choice("colour", f.values("colour").get(1), Colour.class)).isNull();
        assertThat(f.errors()).containsOnlyKeys("colour");
    }

    @Test
    void numbersAcceptADecimalCommaAndInclusiveBounds() {
        assertThat(reader("n", "3,5").number("n", 0, 10, "x")).isEqualTo(3.5);
        assertThat(reader("n", "0").number("n", 0, 10, "x")).isEqualTo(0.0);
        assertThat(reader("n", "10").number("n", 0, 10, "x")).isEqualTo(10.0);
        assertThat(reader("n", "").number("n", 0, 10, "x")).isNull();
    }

    @Test
    void aNumberOutOfRangeOrNotANumberIsNoted() {
        for (String bad : List.of("10.01", "-1", "ten", "NaN", "Infinity", "1.2.3")) {
            FormReader f = reader("n", bad);
            assertThat(f.number("n", 0, 10, "a number from 0 to 10")).as(bad).isNull();
            assertThat(f.errors()).as(bad).containsExactly(entry("n", "Enter a number from 0 to 10"));
        }
    }

    @Test
    void integersMustBeWhole() {
        assertThat(reader("n", "3.0").integer("n", 0, 5, "a grade")).isEqualTo(3);
        FormReader fraction = reader("n", "3.5");
        assertThat(fraction.integer("n", 0, 5, "a grade")).isNull();
        assertThat(fraction.errors()).containsExactly(entry("n", "Enter a grade (a whole number)"));
        FormReader outOfRange = reader("n", "6");
        assertThat(outOfRange.integer("n", 0, 5, "a grade")).isNull();
        assertThat(outOfRange.errors()).containsExactly(entry("n", "Enter a grade"));
        assertThat(reader("n", " ").integer("n", 0, 5, "a grade")).isNull();
    }

    @Test
    void datesAreIsoAndWithinTheirRange() {
        LocalDate min = LocalDate.of(2026, 1, 1);
        LocalDate max = LocalDate.of(2026, 12, 31);
        assertThat(reader("d", "2026-01-01").date("d", min, max, "out")).isEqualTo(min);
        assertThat(reader("d", "2026-12-31").date("d", min, max, "out")).isEqualTo(max);
        assertThat(reader("d", "").date("d", min, max, "out")).isNull();

        FormReader early = reader("d", "2025-12-31");
        assertThat(early.date("d", min, max, "Pick a day in 2026")).isNull();
        assertThat(early.errors()).containsExactly(entry("d", "Pick a day in 2026"));
        FormReader late = reader("d", "2027-01-01");
        assertThat(late.date("d", min, max, "Pick a day in 2026")).isNull();
        assertThat(late.errors()).containsOnlyKeys("d");

        for (String bad : List.of("01/02/2026", "2026-02-30", "tomorrow")) {
            FormReader f = reader("d", bad);
            assertThat(f.date("d", min, max, "out")).as(bad).isNull();
            assertThat(f.errors()).as(bad).containsExactly(entry("d", "Enter a date as yyyy-mm-dd"));
        }
    }

    @Test
    void theFirstMessageForAFieldWins() {
        FormReader f = reader("n", "x");
        f.error("n", "First");
        f.error("n", "Second");
        assertThat(f.number("n", 0, 1, "a number")).isNull();
        assertThat(f.errors()).containsExactly(entry("n", "First"));
    }
}
