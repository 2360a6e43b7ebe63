package org.rhomboid.outcome.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class QuestionnaireTest {

    private static final List<String> ACTIVITIES = List.of("Reaching overhead", "Sitting at my desk");

    @ParameterizedTest
    @EnumSource(value = OutcomeInstrument.class, names = {"NPRS", "PSFS", "GROC"})
    void everyAnswerScoresAValueOnTheInstrumentsScaleInItsItemOrder(OutcomeInstrument instrument) {
        Questionnaire q = Questionnaire.of(instrument, ACTIVITIES);
        int items = instrument == OutcomeInstrument.PSFS ? ACTIVITIES.size() : instrument.maxItems();
        assertThat(q.questions()).hasSize(items);
        for (Questionnaire.Question question : q.questions()) {
            assertThat(question.text()).isNotBlank();
            List<Integer> values = question.answers().stream().map(Questionnaire.Answer::value).sorted().toList();
            assertThat(values).as(instrument + " " + question.text())
                    .isEqualTo(IntStream.rangeClosed(instrument.lowest(), instrument.highest()).boxed().toList());
            assertThat(question.answers()).allSatisfy(a -> assertThat(a.text()).isNotBlank());
        }
    }

    @ParameterizedTest
    @EnumSource(value = OutcomeInstrument.class, names = {"NDI", "ODI", "FABQ", "FRI"})
    void theCopyrightedInstrumentsAreNotShippedButAskedInTheClinicsLoadedWording(OutcomeInstrument instrument) {
        assertThatThrownBy(() -> Questionnaire.of(instrument, ACTIVITIES)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Questionnaire.askable(instrument, ACTIVITIES)).isFalse();
    }

    @Test
    void noQuestionOfTheShippedFormsCanBeSkipped() {
        for (OutcomeInstrument none : List.of(OutcomeInstrument.NPRS, OutcomeInstrument.GROC, OutcomeInstrument.PSFS)) {
            assertThat(skippable(none)).as(none.name()).isEmpty();
        }
    }

    @Test
    void theGlobalRatingReadsFromMuchBetterToMuchWorse() {
        List<Questionnaire.Answer> answers = Questionnaire.of(OutcomeInstrument.GROC, List.of()).questions().get(0)
                .answers();
        assertThat(answers.get(0)).isEqualTo(new Questionnaire.Answer(7, "A very great deal better"));
        assertThat(answers.get(7)).isEqualTo(new Questionnaire.Answer(0, "About the same"));
        assertThat(answers.get(14)).isEqualTo(new Questionnaire.Answer(-7, "A very great deal worse"));
    }

    @Test
    void thePsfsAsksAboutThePatientsOwnActivities() {
        Questionnaire psfs = Questionnaire.of(OutcomeInstrument.PSFS, ACTIVITIES);
        assertThat(psfs.questions()).extracting(Questionnaire.Question::text).isEqualTo(ACTIVITIES);
        assertThat(Questionnaire.askable(OutcomeInstrument.PSFS, List.of())).isFalse();
        assertThat(Questionnaire.askable(OutcomeInstrument.GROC, List.of())).isTrue();
        assertThatThrownBy(() -> Questionnaire.of(OutcomeInstrument.PSFS, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Integer> skippable(OutcomeInstrument instrument) {
        List<Questionnaire.Question> questions = Questionnaire.of(instrument, ACTIVITIES).questions();
        return IntStream.range(0, questions.size()).filter(i -> questions.get(i).skippable()).boxed().toList();
    }
}
