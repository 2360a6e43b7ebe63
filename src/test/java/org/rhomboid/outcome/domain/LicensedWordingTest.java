package org.rhomboid.outcome.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rhomboid.support.TestWording;

/** A clinic's licensed wording is read only if it fits the instrument's scoring (QUESTIONNAIRE-LICENCE). */
class LicensedWordingTest {

    @Test
    void onlyTheCopyrightedInstrumentsNeedTheClinicsWording() {
        assertThat(LicensedWording.NEEDED_FOR).containsExactlyInAnyOrder(OutcomeInstrument.NDI, OutcomeInstrument.ODI,
                OutcomeInstrument.FABQ, OutcomeInstrument.FRI);
        LicensedWording.Read groc = LicensedWording.read(OutcomeInstrument.GROC, TestWording.of(OutcomeInstrument.GROC));
        assertThat(groc.problems()).containsExactly("Rhomboid ships the GROC's wording; there is nothing to load.");
    }

    @ParameterizedTest
    @EnumSource(value = OutcomeInstrument.class, names = {"NDI", "ODI", "FABQ", "FRI"})
    void aFileWithTheInstrumentsItemsAndAnswersBecomesThePatientsForm(OutcomeInstrument instrument) {
        LicensedWording.Read read = LicensedWording.read(instrument, TestWording.of(instrument));
        assertThat(read.problems()).isEmpty();
        Questionnaire form = read.wording().orElseThrow().questionnaire();
        assertThat(form.instrument()).isEqualTo(instrument);
        assertThat(form.heading()).isEqualTo("Test wording of the " + instrument.name());
        assertThat(form.instructions()).isEqualTo("Choose the answer that fits you today.");
        assertThat(form.questions()).hasSize(instrument.maxItems());
        for (Questionnaire.Question question : form.questions()) {
            assertThat(question.answers()).extracting(Questionnaire.Answer::value).as("scores from the lowest up")
                    .isEqualTo(IntStream.rangeClosed(instrument.lowest(), instrument.highest()).boxed().toList());
        }
        assertThat(form.questions().get(2).answers().get(1).text()).isEqualTo("Placeholder answer 1 of question 3");
    }

    @Test
    void anItemWithAHintMayBeLeftOutAndTheRestMayNot() {
        Questionnaire ndi = LicensedWording.read(OutcomeInstrument.NDI, TestWording.of(OutcomeInstrument.NDI))
                .wording().orElseThrow().questionnaire();
        List<Integer> skippable = IntStream.range(0, 10).filter(i -> ndi.questions().get(i).skippable()).boxed().toList();
        assertThat(skippable).containsExactly(7);
        assertThat(ndi.questions().get(7).hint()).isEqualTo("Leave this out if it does not apply to you.");
    }

    @Test
    void theItemCountMustMatchTheScoring() {
        assertThat(LicensedWording.read(OutcomeInstrument.NDI, TestWording.of(OutcomeInstrument.NDI, 9, 6)).problems())
                .containsExactly("The NDI has 10 items; this file has 9.");
        assertThat(LicensedWording.read(OutcomeInstrument.FABQ, TestWording.of(OutcomeInstrument.FABQ, 17, 7))
                .problems()).containsExactly("The FABQ has 16 items; this file has 17.");
    }

    @Test
    void eachItemMustHaveOneAnswerPerScore() {
        String fri = TestWording.of(OutcomeInstrument.FRI).replace("- Placeholder answer 4 of question 6\n", "");
        assertThat(LicensedWording.read(OutcomeInstrument.FRI, fri).problems()).containsExactly(
                "Question 6 has 4 answers; the FRI scores each item 0 to 4, so it needs 5, from the lowest score up.");
        assertThat(LicensedWording.read(OutcomeInstrument.ODI, TestWording.of(OutcomeInstrument.ODI, 10, 5))
                .problems()).hasSize(5).allSatisfy(p -> assertThat(p).contains("has 5 answers"));
    }

    @Test
    void aFileThatIsNotTheFormatSaysWhichLine() {
        String text = "heading: x\nJust some prose\n- an answer before any question\n? \n" + "x".repeat(501);
        assertThat(LicensedWording.read(OutcomeInstrument.NDI, text).problems()).startsWith(
                "Line 2 is not understood: start it with “?” for a question, “-” for an answer, “~” for an optional "
                        + "item's hint, “heading:”, “instructions:” or “#”.",
                "Line 3 comes before the first question (a line starting with “?”).",
                "Line 4 starts a question but has no text after the “?”.",
                "Line 5 is longer than 500 characters.");
    }

    @Test
    void emptyOrBinaryFilesAndAMissingHeadingAreRefused() {
        assertThat(LicensedWording.read(OutcomeInstrument.NDI, " \n").problems()).containsExactly("The file is empty.");
        assertThat(LicensedWording.read(OutcomeInstrument.NDI, "%PDF-1.7\0\0").problems())
                .containsExactly("The file is not plain text in UTF-8: save it as UTF-8 text and try again.");
        String noHeading = TestWording.of(OutcomeInstrument.NDI).replace("heading: Test wording of the NDI\n", "");
        assertThat(LicensedWording.read(OutcomeInstrument.NDI, noHeading).problems())
                .containsExactly("The file has no “heading:” line (the title the patient sees).");
    }

    @Test
    void windowsLineEndingsAndCommentsAreFine() {
        String crlf = "# licensed copy\r\n" + TestWording.of(OutcomeInstrument.FRI).replace("\n", "\r\n");
        assertThat(LicensedWording.read(OutcomeInstrument.FRI, crlf).valid()).isTrue();
    }
}
