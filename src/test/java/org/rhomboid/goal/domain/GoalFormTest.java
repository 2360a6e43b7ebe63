package org.rhomboid.goal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoalFormTest {

    /** A complete goal; each pair replaces (or, with a null value, removes) one field. */
    private static GoalForm form(String... namesAndValues) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("activity", List.of(" sit at the workstation for 60 minutes "));
        fields.put("instrument", List.of("NPRS"));
        fields.put("baseline", List.of("6"));
        fields.put("target", List.of("2"));
        fields.put("deadline", List.of("2026-12-21"));
        fields.put("participation", List.of("return to full-time desk work"));
        fields.put("relevantTo", List.of("Sitting through a workday"));
        fields.put("term", List.of("SHORT_TERM"));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                fields.remove(namesAndValues[i]);
            } else {
                fields.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
            }
        }
        return new GoalForm(fields);
    }

    @Test
    void aCompleteFormReadsAsAGoal() {
        GoalForm.Read read = form().read();
        assertThat(read.errors()).isEmpty();
        assertThat(read.goal()).isEqualTo(new SmartGoal("sit at the workstation for 60 minutes", Instrument.NPRS, 6.0,
                2.0, LocalDate.of(2026, 12, 21), "return to full-time desk work", "Sitting through a workday",
                SmartGoal.Term.SHORT_TERM));
    }

    @Test
    void blanksAreLeftForTheSmartCheck() {
        GoalForm.Read read = new GoalForm(Map.of()).read();
        assertThat(read.errors()).isEmpty();
        assertThat(read.goal()).isEqualTo(new SmartGoal("", null, null, null, null, "", "", null));
    }

    @Test
    void numbersMayUseADecimalComma() {
        GoalForm.Read read = form("instrument", "PSFS", "baseline", "4,5", "target", "7.5").read();
        assertThat(read.goal().baseline()).isEqualTo(4.5);
        assertThat(read.goal().target()).isEqualTo(7.5);
    }

    @Test
    void unreadableFieldsAreNotedByName() {
        GoalForm.Read read = form("instrument", "VAS", "baseline", "six", "target", "1e9", "deadline", "21/12/2026",
                "term", "MEDIUM_TERM").read();
        assertThat(read.errors()).containsOnly(
                entry("instrument", "Choose one of the options"),
                entry("baseline", "Enter a number"),
                entry("target", "Enter a number"),
                entry("deadline", "Enter a date as yyyy-mm-dd"),
                entry("term", "Choose one of the options"));
        assertThat(read.goal().instrument()).isNull();
        assertThat(read.goal().baseline()).isNull();
        assertThat(read.goal().deadline()).isNull();
    }

    @Test
    void theDeadlineMustBeARealDate() {
        assertThat(form("deadline", "1999-12-31").read().errors()).containsExactly(entry("deadline", "Enter a real date"));
        assertThat(form("deadline", "2200-01-02").read().errors()).containsExactly(entry("deadline", "Enter a real date"));
    }

    @Test
    void textsAreLimitedInLength() {
        String tooLong = "x".repeat(GoalForm.TEXT_LIMIT + 1);
        assertThat(form("activity", tooLong, "participation", tooLong, "relevantTo", tooLong).read().errors())
                .containsOnly(entry("activity", "Use at most 300 characters"),
                        entry("participation", "Use at most 300 characters"),
                        entry("relevantTo", "Use at most 300 characters"));
        assertThat(form("activity", "x".repeat(GoalForm.TEXT_LIMIT)).read().errors()).isEmpty();
    }
}
