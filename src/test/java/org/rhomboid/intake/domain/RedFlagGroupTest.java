package org.rhomboid.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rhomboid.screening.domain.Finding;

/** Grouped red-flag answers reach the screening exactly as answering every question one by one would. */
class RedFlagGroupTest {

    /** A complete intake with the red-flag questions left open: only the groups' "None of these" can answer them. */
    private static Map<String, List<String>> questionsOpen() {
        var f = IntakeFormTest.complete();
        IntakeFindings.redFlagQuestions().forEach(q -> f.remove(RedFlagGroup.questionField(q)));
        return f;
    }

    @Test
    void everyRedFlagQuestionIsInExactlyOneGroup() {
        List<Finding> grouped = new ArrayList<>();
        Arrays.stream(RedFlagGroup.values()).forEach(g -> grouped.addAll(g.questions()));
        assertThat(grouped).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(IntakeFindings.redFlagQuestions());
    }

    @Test
    void noneOfTheseInEveryGroupAnswersEveryQuestionNoAndGivesNoFindings() {
        var f = questionsOpen();
        for (RedFlagGroup group : RedFlagGroup.values()) {
            f.put(group.noneField(), List.of("yes"));
        }
        IntakeForm.Checked checked = IntakeFormTest.check(f);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.answers().redFlagAnswers()).hasSize(IntakeFindings.redFlagQuestions().size())
                .allSatisfy((finding, yes) -> assertThat(yes).isFalse());
        assertThat(IntakeFindings.from(checked.answers())).isEmpty();
        // The same as answering each question "no" one by one.
        assertThat(checked.answers().redFlagAnswers())
                .isEqualTo(IntakeFormTest.check(IntakeFormTest.complete()).answers().redFlagAnswers());
    }

    @Test
    void aYesInOneGroupIsAFindingWhileOtherGroupsSayNoneOfThese() {
        var f = questionsOpen();
        for (RedFlagGroup group : RedFlagGroup.values()) {
            if (group != RedFlagGroup.GENERAL) {
                f.put(group.noneField(), List.of("yes"));
            }
        }
        for (Finding q : RedFlagGroup.GENERAL.questions()) {
            f.put(RedFlagGroup.questionField(q), List.of(q == Finding.UNEXPLAINED_WEIGHT_LOSS ? "yes" : "no"));
        }
        IntakeForm.Checked checked = IntakeFormTest.check(f);
        assertThat(checked.errors()).isEmpty();
        assertThat(IntakeFindings.from(checked.answers())).containsExactly(Finding.UNEXPLAINED_WEIGHT_LOSS);
        assertThat(checked.answers().redFlagAnswers()).hasSize(IntakeFindings.redFlagQuestions().size());
    }

    @Test
    void anOpenQuestionInAGroupWithoutNoneOfTheseIsMarkedBesideTheGroupAndTheQuestion() {
        var f = IntakeFormTest.complete();
        f.remove("flag.FEVER");
        Map<String, String> errors = IntakeFormTest.check(f).errors();
        assertThat(errors).containsEntry("flag.FEVER", "Please answer yes or no")
                .containsEntry(RedFlagGroup.GENERAL.errorKey(), "Answer each question here with yes or no, or tick “None of these”")
                .hasSize(2);
    }

    @Test
    void noneOfTheseAnswersOnlyItsOwnGroup() {
        var f = questionsOpen();
        f.put(RedFlagGroup.NERVES.noneField(), List.of("yes"));
        Map<String, String> errors = IntakeFormTest.check(f).errors();
        assertThat(errors).doesNotContainKey(RedFlagGroup.NERVES.errorKey())
                .containsKey(RedFlagGroup.GENERAL.errorKey()).containsKey("flag.FEVER")
                .doesNotContainKey("flag.SADDLE_ANESTHESIA");
    }

    @Test
    void aYesUnderNoneOfTheseIsAskedAboutNotGuessed() {
        var f = IntakeFormTest.complete();
        f.put(RedFlagGroup.NERVES.noneField(), List.of("yes"));
        f.put("flag.SADDLE_ANESTHESIA", List.of("yes"));
        IntakeForm.Checked checked = IntakeFormTest.check(f);
        assertThat(checked.valid()).isFalse();
        assertThat(checked.errors()).containsOnlyKeys(RedFlagGroup.NERVES.errorKey());
    }
}
