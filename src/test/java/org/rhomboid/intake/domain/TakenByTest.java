package org.rhomboid.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TakenByTest {

    private static TakenBy.Checked check(Map<String, List<String>> fields) {
        return TakenBy.check(new IntakeForm(fields));
    }

    private static Map<String, List<String>> phone() {
        return new HashMap<>(Map.of("takenBy", List.of("PHONE")));
    }

    @Test
    void theWayTheAnswersWereTakenIsRequired() {
        assertThat(check(Map.of()).errors()).containsEntry("takenBy", "Say how you took the patient’s answers");
        assertThat(check(Map.of("takenBy", List.of("TELEPATHY"))).errors()).containsKey("takenBy");
        TakenBy.Checked checked = check(phone());
        assertThat(checked.valid()).isTrue();
        assertThat(checked.by("Dana Whitfield, PT").sentence()).isEqualTo("Intake taken by Dana Whitfield, PT by phone.");
    }

    @Test
    void eachWayReadsAsASentence() {
        assertThat(new TakenBy("Luis Ortega, PT", TakenBy.Way.PAPER_FORM, null).sentence())
                .isEqualTo("Intake entered by Luis Ortega, PT from the patient’s paper form.");
        assertThat(new TakenBy("Luis Ortega, PT", TakenBy.Way.IN_PERSON, null).sentence())
                .isEqualTo("Intake taken by Luis Ortega, PT in person.");
    }

    @Test
    void anInterpreterNeedsANameOrIdAndALanguage() {
        var f = phone();
        f.put("interpreter", List.of("yes"));
        assertThat(check(f).errors()).containsOnlyKeys("interpreterName", "interpreterLanguage");

        f.put("interpreterName", List.of(" Ana Ruiz "));
        f.put("interpreterLanguage", List.of("Spanish"));
        TakenBy.Checked checked = check(f);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.by("Dana Whitfield, PT").sentence())
                .isEqualTo("Intake taken by Dana Whitfield, PT by phone (interpreter: Ana Ruiz, Spanish).");

        f.put("interpreterName", List.of("n".repeat(TakenBy.NAME_LIMIT + 1)));
        f.put("interpreterLanguage", List.of("l".repeat(TakenBy.LANGUAGE_LIMIT + 1)));
        assertThat(check(f).errors()).containsOnlyKeys("interpreterName", "interpreterLanguage");
    }

    @Test
    void interpreterDetailsWithoutTheTickAreNotSilentlyDropped() {
        var f = phone();
        f.put("interpreterLanguage", List.of("Somali"));
        assertThat(check(f).errors()).containsOnlyKeys("interpreter");
    }

    @Test
    void anIncompleteFormGivesNoTaker() {
        assertThatThrownBy(() -> check(Map.of()).by("Dana Whitfield, PT")).isInstanceOf(IllegalStateException.class);
    }
}
