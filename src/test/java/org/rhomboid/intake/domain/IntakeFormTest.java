package org.rhomboid.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rhomboid.support.CompleteIntake;

class IntakeFormTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    static Map<String, List<String>> complete() {
        return CompleteIntake.fields();
    }

    static IntakeForm.Checked check(Map<String, List<String>> fields) {
        return new IntakeForm(fields).check(TODAY);
    }

    @Test
    void aCompleteIntakeIsValid() {
        IntakeForm.Checked checked = check(complete());
        assertThat(checked.errors()).isEmpty();
        IntakeAnswers answers = checked.answers();
        assertThat(answers.painMap()).containsEntry(BodyRegion.INTERSCAPULAR, PainType.ACHING)
                .containsEntry(BodyRegion.LEFT_RIB_CHEST_WALL, PainType.SHARP);
        assertThat(answers.psfs()).hasSize(3);
        assertThat(answers.psfsMean()).isEqualTo(8 / 3.0);
        assertThat(answers.redFlagAnswers()).hasSize(IntakeFindings.redFlagQuestions().size());
    }

    @Test
    void everyMarkedRegionNeedsAPainTypeAndAtLeastOneRegionIsNeeded() {
        var f = complete();
        f.remove("painType.LEFT_RIB_CHEST_WALL");
        assertThat(check(f).errors()).containsKey("painType.LEFT_RIB_CHEST_WALL");
        f = complete();
        f.remove("region");
        assertThat(check(f).errors()).containsKey("region");
        f = complete();
        f.put("region", List.of("ELBOW"));
        assertThat(check(f).errors()).containsEntry("region", "Choose places from the body chart");
    }

    @Test
    void painScoresAreWholeNumbersFrom0To10AndConsistent() {
        var f = complete();
        f.put("painNow", List.of("11"));
        assertThat(check(f).errors()).containsEntry("painNow", "Use a number from 0 to 10");
        f.put("painNow", List.of("seven"));
        assertThat(check(f).errors()).containsEntry("painNow", "Use a whole number from 0 to 10");
        f = complete();
        f.put("painBest", List.of("8"));
        assertThat(check(f).errors()).containsKey("painBest");
        f = complete();
        f.put("painNow", List.of("9"));
        assertThat(check(f).errors()).containsKey("painWorst");
    }

    @Test
    void onsetMustBeARealPastDateWithAMechanism() {
        var f = complete();
        f.put("onsetDate", List.of("2026-12-01"));
        assertThat(check(f).errors()).containsEntry("onsetDate", "The date the pain started can’t be in the future");
        f.put("onsetDate", List.of("last spring"));
        assertThat(check(f).errors()).containsEntry("onsetDate", "Enter a date as YYYY-MM-DD");
        f = complete();
        f.remove("onset");
        assertThat(check(f).errors()).containsKey("onset");
    }

    @Test
    void threeToFivePsfsActivitiesEachScored() {
        var f = complete();
        f.remove("psfs.2.activity");
        f.remove("psfs.2.score");
        assertThat(check(f).errors()).containsKey("psfs");
        f = complete();
        f.put("psfs.3.score", List.of("4"));
        assertThat(check(f).errors()).containsEntry("psfs.3.activity", "Name the activity you scored");
        f = complete();
        f.put("psfs.0.score", List.of("12"));
        assertThat(check(f).errors()).containsKey("psfs.0.score");
    }

    @Test
    void everyRedFlagQuestionMustBeAnswered() {
        var f = complete();
        f.remove("flag.FEVER");
        assertThat(check(f).errors()).containsEntry("flag.FEVER", "Please answer yes or no");
        f.put("flag.FEVER", List.of("maybe"));
        assertThat(check(f).errors()).containsKey("flag.FEVER");
    }

    @Test
    void longTextIsRefusedNotCut() {
        var f = complete();
        f.put("goals", List.of("x".repeat(IntakeForm.TEXT_LIMIT + 1)));
        assertThat(check(f).errors().get("goals")).contains("2001");
        f.put("goals", List.of("   "));
        assertThat(check(f).errors()).containsKey("goals");
    }

    @Test
    void unknownChoicesAreRefused() {
        var f = complete();
        f.put("aggravator", List.of("JUGGLING"));
        assertThat(check(f).errors()).containsEntry("aggravator", "Choose from the options shown");
    }

    @Test
    void allergiesAreAnsweredEitherWayUpTo500Characters() {
        var f = complete();
        assertThat(check(f).answers().allergies()).isEqualTo(IntakeAnswers.NO_KNOWN_ALLERGIES);

        f.remove("noKnownAllergies");
        assertThat(check(f).errors().get("allergies")).contains("No known allergies");

        f.put("allergies", List.of("  Penicillin — rash  "));
        assertThat(check(f).answers().allergies()).isEqualTo("Penicillin — rash");

        f.put("allergies", List.of("p".repeat(IntakeForm.ALLERGIES_LIMIT)));
        assertThat(check(f).errors()).doesNotContainKey("allergies");
        f.put("allergies", List.of("p".repeat(IntakeForm.ALLERGIES_LIMIT + 1)));
        assertThat(check(f).errors().get("allergies")).contains("500").contains("501");

        f.put("allergies", List.of("Latex"));
        f.put("noKnownAllergies", List.of("yes"));
        assertThat(check(f).errors().get("allergies")).contains("not both");
    }

    @Test
    void theRawFormIsKeptAsTyped() {
        var f = complete();
        f.put("painNow", List.of("seven"));
        IntakeForm form = new IntakeForm(f);
        assertThat(form.value("painNow")).isEqualTo("seven");
        assertThat(form.has("region", "INTERSCAPULAR")).isTrue();
    }
}
