package org.rhomboid.outcome.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rhomboid.support.TestWording;

class PatientAnswersTest {

    /** The NDI as a clinic loads it (placeholder wording; driving, item 8, optional). */
    private static final Questionnaire NDI = LicensedWording.read(OutcomeInstrument.NDI,
            TestWording.of(OutcomeInstrument.NDI)).wording().orElseThrow().questionnaire();
    private static final Questionnaire NPRS = Questionnaire.of(OutcomeInstrument.NPRS, List.of());
    private static final Questionnaire GROC = Questionnaire.of(OutcomeInstrument.GROC, List.of());

    @Test
    void completeAnswersBecomeResponsesInItemOrder() {
        Map<String, List<String>> form = answers("NDI", 3, 2, 1, 1, 0, 2, 3, 1, 2, 2);
        form.putAll(answers("NPRS", 4, 2, 6));
        form.putAll(answers("GROC", -2));
        PatientAnswers.Checked checked = PatientAnswers.read(List.of(NDI, NPRS, GROC), form);
        assertThat(checked.valid()).isTrue();
        assertThat(checked.responses().get(OutcomeInstrument.NDI)).containsExactly(3, 2, 1, 1, 0, 2, 3, 1, 2, 2);
        assertThat(checked.responses().get(OutcomeInstrument.NPRS)).containsExactly(4, 2, 6);
        assertThat(checked.responses().get(OutcomeInstrument.GROC)).containsExactly(-2);
    }

    @Test
    void aNonDriverLeavesDrivingOutAndTheNdiIsScoredFromNineItems() {
        Map<String, List<String>> form = answers("NDI", 3, 2, 1, 1, 0, 2, 3, null, 2, 2);
        PatientAnswers.Checked checked = PatientAnswers.read(List.of(NDI), form);
        assertThat(checked.valid()).isTrue();
        assertThat(checked.responses().get(OutcomeInstrument.NDI).get(7)).isNull();
        assertThat(Scores.score(OutcomeInstrument.NDI, checked.responses().get(OutcomeInstrument.NDI)).answered())
                .isEqualTo(9);
    }

    @Test
    void everyOtherQuestionMustBeAnsweredAndEachGapIsShownBesideItsQuestion() {
        Map<String, List<String>> form = answers("NDI", 3, null, 1, 1, 0, 2, 3, 1, 2, null);
        PatientAnswers.Checked checked = PatientAnswers.read(List.of(NDI, GROC), form);
        assertThat(checked.valid()).isFalse();
        assertThat(checked.responses()).isEmpty();
        assertThat(checked.errors()).containsOnlyKeys("NDI.1", "NDI.9", "GROC.0")
                .containsEntry("NDI.1", "Please answer this question");
    }

    @Test
    void anAnswerThatIsNotOneOfTheChoicesIsRefused() {
        Map<String, List<String>> form = answers("NPRS", 4, 2, 6);
        form.put("NPRS.0", List.of("11"));
        form.put("GROC.0", List.of("<script>"));
        PatientAnswers.Checked checked = PatientAnswers.read(List.of(NPRS, GROC), form);
        assertThat(checked.errors()).containsEntry("NPRS.0", "Please choose one of the answers")
                .containsEntry("GROC.0", "Please choose one of the answers");
    }

    @Test
    void theScoringRulesStillApplyAndPointAtTheQuestion() {
        PatientAnswers.Checked checked = PatientAnswers.read(List.of(NPRS), answers("NPRS", 4, 7, 3));
        assertThat(checked.valid()).isFalse();
        assertThat(checked.errors()).containsKey("NPRS.1");
        assertThat(checked.errors().get("NPRS.1")).contains("best pain");
    }

    private static Map<String, List<String>> answers(String instrument, Integer... values) {
        Map<String, List<String>> form = new HashMap<>();
        List<Integer> list = new ArrayList<>(Arrays.asList(values));
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) != null) {
                form.put(instrument + "." + i, List.of(String.valueOf(list.get(i))));
            }
        }
        return form;
    }
}
