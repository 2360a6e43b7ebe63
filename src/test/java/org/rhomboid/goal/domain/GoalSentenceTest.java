package org.rhomboid.goal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.rhomboid.shared.domain.TestDates;

class GoalSentenceTest {

    static final LocalDate BY = LocalDate.of(2027, 1, 6);

    private static String nprs(String activity) {
        return GoalSentence.of(activity, Instrument.NPRS, 7.0, 3.0, BY, "return to full-time desk work", TestDates.US);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "carry a grocery bag from the car",
            "Carry a grocery bag from the car",
            "carry a grocery bag from the car.",
            "  carry   a grocery bag from the car ;",
            "to carry a grocery bag from the car",
            "To carry a grocery bag from the car.",
            "be able to carry a grocery bag from the car",
            "Be able to carry a grocery bag from the car!",
            "able to carry a grocery bag from the car",
            "is able to carry a grocery bag from the car",
            "Patient will carry a grocery bag from the car",
            "patient will be able to carry a grocery bag from the car",
            "Pt will carry a grocery bag from the car",
            "The patient will carry a grocery bag from the car.",
            "will carry a grocery bag from the car",
            "carries a grocery bag from the car",
    })
    void everyWayOfTypingAnActionReadsTheSame(String typed) {
        assertThat(nprs(typed)).isEqualTo("Patient will carry a grocery bag from the car with NPRS ≤ 3/10 "
                + "(baseline 7/10) by Jan 6, 2027, to return to full-time desk work.");
    }

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "walks 30 minutes                          | walk 30 minutes",
            "Reaches overhead to the top shelf          | reach overhead to the top shelf",
            "finishes a workday                          | finish a workday",
            "dresses independently                       | dress independently",
            "press a 5 kg weight overhead                | press a 5 kg weight overhead",
            "bring groceries in from the car             | bring groceries in from the car",
            "sleep through the night                     | sleep through the night",
            "work at the computer for 2 hours            | work at the computer for 2 hours",
            "lift his toddler from the floor             | lift his toddler from the floor",
            "be independent with the HEP                 | be independent with the HEP",
            "turn to look over the shoulder when driving | turn to look over the shoulder when driving",
    })
    void verbsTakeTheirBaseFormAfterWill(String typed, String read) {
        assertThat(nprs(typed)).startsWith("Patient will " + read + " with NPRS ≤ 3/10");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "Pain at worst during daily chores         | pain at worst during daily chores",
            "pain at worst during daily chores.        | pain at worst during daily chores",
            "Sitting tolerance                         | sitting tolerance",
            "thoracic rotation                         | thoracic rotation",
            "NPRS during desk work                     | NPRS during desk work",
            "Worst pain in the last week               | worst pain in the last week",
            "Deep neck flexor endurance                | deep neck flexor endurance",
            "Walking distance                          | walking distance",
            "Flexibility of the pectoral muscles       | flexibility of the pectoral muscles",
            "The ability to lift 10 kg                 | the ability to lift 10 kg",
    })
    void anImpairmentReadsAsAnImprovementToTheTarget(String typed, String read) {
        assertThat(nprs(typed)).isEqualTo("Patient will improve " + read + " to NPRS ≤ 3/10 (baseline 7/10) by "
                + "Jan 6, 2027, to return to full-time desk work.");
    }

    @Test
    void theReportedGoalNoLongerReadsPatientWillPain() {
        String sentence = nprs("Pain at worst during daily chores");
        assertThat(sentence).doesNotContain("will Pain").startsWith("Patient will improve pain at worst");
    }

    @Test
    void eachMeasureReadsWithItsUnitAndDirection() {
        assertThat(GoalSentence.of("turn to reverse the car", Instrument.ROM, 30.0, 60.0, BY, "drive", TestDates.US))
                .isEqualTo("Patient will turn to reverse the car with range of motion ≥ 60° (baseline 30°) by Jan 6, 2027, to drive.");
        assertThat(GoalSentence.of("lift a toddler from the floor", Instrument.PSFS, 3.0, 6.5, BY, "care for the children", TestDates.US))
                .contains("with PSFS mean ≥ 6.5/10 (baseline 3/10)");
        assertThat(GoalSentence.of("Thoracic rotation", Instrument.ROM, 30.0, 60.0, BY, "play golf", TestDates.US))
                .startsWith("Patient will improve thoracic rotation to range of motion ≥ 60° (baseline 30°)");
        assertThat(GoalSentence.of("hold the deep neck flexor test", Instrument.TIME, 12.0, 30.0, BY, "work", TestDates.US))
                .contains("with time ≥ 30 s (baseline 12 s)");
        assertThat(GoalSentence.of("Neck disability", Instrument.NDI, 36.0, 20.0, BY, "work", TestDates.US))
                .contains("improve neck disability to NDI ≤ 20% (baseline 36%)");
        assertThat(GoalSentence.of("sit for an hour", Instrument.ODI, 42.0, 22.5, BY, "work", TestDates.US))
                .contains("ODI ≤ 22.5% (baseline 42%)");
    }

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "return to full-time desk work             | , to return to full-time desk work.",
            "Return to full-time desk work.            | , to return to full-time desk work.",
            "to return to work                         | , to return to work.",
            "so that the patient can return to work    | , to return to work.",
            "so she can play golf                      | , to play golf.",
            "in order to lift grandchildren            | , to lift grandchildren.",
            "be able to garden                         | , to garden.",
            "full-time desk work                       | , for full-time desk work.",
            "Independence in self-care.                | , for independence in self-care.",
            "work                                      | , to work.",
    })
    void theParticipationReadsAsAPurpose(String typed, String ending) {
        assertThat(GoalSentence.of("sit for an hour", Instrument.NPRS, 7.0, 3.0, BY, typed, TestDates.US)).endsWith(ending)
                .doesNotContain("to to").doesNotContain("..");
    }

    @Test
    void aPartlyFilledFormStillReadsAsASentence() {
        assertThat(GoalSentence.of(null, null, null, null, null, null, TestDates.US)).isEqualTo("Patient will …");
        assertThat(GoalSentence.of("  ", null, null, null, null, "", TestDates.US)).isEqualTo("Patient will …");
        assertThat(GoalSentence.of("carry a bag", null, null, null, null, null, TestDates.US)).isEqualTo("Patient will carry a bag.");
        assertThat(GoalSentence.of("carry a bag", Instrument.NPRS, null, 3.0, null, null, TestDates.US))
                .isEqualTo("Patient will carry a bag with NPRS ≤ 3/10.");
        assertThat(GoalSentence.of("carry a bag", Instrument.NPRS, 7.0, null, BY, null, TestDates.US))
                .isEqualTo("Patient will carry a bag with NPRS (baseline 7/10) by Jan 6, 2027.");
        assertThat(GoalSentence.of(".", Instrument.NPRS, 7.0, 3.0, null, null, TestDates.US))
                .isEqualTo("Patient will … with NPRS ≤ 3/10 (baseline 7/10).");
    }

    @Test
    void openingsAloneCountAsNothingTyped() {
        assertThat(nprs("Patient will")).startsWith("Patient will … with NPRS");
        assertThat(nprs("To be able to.")).startsWith("Patient will … with NPRS");
        assertThat(nprs("ADL independence")).contains("improve ADL independence");
    }

    @Test
    void storedGoalsUseTheSameSentence() {
        SmartGoal goal = new SmartGoal("To sit through a workday.", Instrument.NPRS, 7.0, 3.0, BY, "To work.",
                "Sitting", SmartGoal.Term.SHORT_TERM);
        assertThat(goal.sentence(TestDates.US)).isEqualTo("Patient will sit through a workday with NPRS ≤ 3/10 (baseline 7/10) "
                + "by Jan 6, 2027, to work.");
    }
}
