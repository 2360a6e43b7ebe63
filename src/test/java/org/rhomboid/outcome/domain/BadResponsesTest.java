package org.rhomboid.outcome.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.rhomboid.outcome.domain.OutcomeInstrument.FABQ;
import static org.rhomboid.outcome.domain.OutcomeInstrument.FRI;
import static org.rhomboid.outcome.domain.OutcomeInstrument.GROC;
import static org.rhomboid.outcome.domain.OutcomeInstrument.NDI;
import static org.rhomboid.outcome.domain.OutcomeInstrument.NPRS;
import static org.rhomboid.outcome.domain.OutcomeInstrument.ODI;
import static org.rhomboid.outcome.domain.OutcomeInstrument.PSFS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BadResponsesTest {

    static ScoringException refused(OutcomeInstrument instrument, List<Integer> responses) {
        return catchThrowableOfType(ScoringException.class, () -> Scores.score(instrument, responses));
    }

    /** {@code size} responses of 1 with the given zero-based positions blank. */
    static List<Integer> withBlanks(int size, Integer... blanks) {
        List<Integer> responses = new ArrayList<>(Collections.nCopies(size, 1));
        for (int blank : blanks) {
            responses.set(blank, null);
        }
        return responses;
    }

    @Test
    void aScoringExceptionIsAnIllegalArgumentNamingItsField() {
        ScoringException e = refused(NDI, null);
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
        assertThat(e.field()).isEqualTo("responses");
        assertThat(e.getMessage()).isEqualTo("Give the NDI responses (10 responses, each 0–5)");
        assertThat(refused(null, List.of(1)).field()).isEqualTo("instrument");
    }

    @Test
    void theWrongNumberOfResponsesIsRefusedAsAWhole() {
        ScoringException nine = refused(NDI, Collections.nCopies(9, 1));
        assertThat(nine.field()).isEqualTo("responses");
        assertThat(nine.getMessage()).isEqualTo("The NDI takes 10 responses, each 0–5; got 9");
        assertThat(refused(ODI, Collections.nCopies(11, 1)).field()).isEqualTo("responses");
        assertThat(refused(FRI, List.of()).field()).isEqualTo("responses");
        assertThat(refused(FABQ, Collections.nCopies(15, 1)).getMessage()).contains("16 responses, each 0–6; got 15");
        assertThat(refused(NPRS, List.of(3, 2)).getMessage()).isEqualTo("The NPRS takes 1 response (pain now) or 3 "
                + "responses (current, best and worst pain over 24 h), each 0–10; got 2");
        assertThat(refused(NPRS, List.of()).field()).isEqualTo("responses");
        assertThat(refused(NPRS, List.of(3, 2, 4, 5)).field()).isEqualTo("responses");
        assertThat(refused(PSFS, List.of()).getMessage()).isEqualTo("The PSFS takes 1 to 5 responses, each 0–10; got 0");
        assertThat(refused(PSFS, List.of(1, 2, 3, 4, 5, 6)).field()).isEqualTo("responses");
        assertThat(refused(GROC, List.of(1, 2)).getMessage()).isEqualTo("The GROC takes 1 response, each -7 to +7; got 2");
    }

    @Test
    void aValueOffTheScaleIsRefusedAtItsPosition() {
        List<Integer> ndi = new ArrayList<>(Collections.nCopies(10, 1));
        ndi.set(3, 6);
        ScoringException reading = refused(NDI, ndi);
        assertThat(reading.field()).isEqualTo("responses[3]");
        assertThat(reading.getMessage()).isEqualTo("NDI item 4 (reading) is scored 0–5; got 6");

        List<Integer> odi = new ArrayList<>(Collections.nCopies(10, 1));
        odi.set(0, -1);
        assertThat(refused(ODI, odi).getMessage()).isEqualTo("ODI section 1 (pain intensity) is scored 0–5; got -1");

        List<Integer> fri = new ArrayList<>(Collections.nCopies(10, 4));
        fri.set(9, 5);
        assertThat(refused(FRI, fri).getMessage()).isEqualTo("FRI item 10 (standing) is scored 0–4; got 5");

        List<Integer> fabq = new ArrayList<>(Collections.nCopies(16, 6));
        fabq.set(15, 7);
        assertThat(refused(FABQ, fabq).field()).isEqualTo("responses[15]");

        assertThat(refused(NPRS, List.of(3, 2, 11)).getMessage()).isEqualTo("NPRS worst pain over 24 h is scored 0–10; got 11");
        assertThat(refused(NPRS, List.of(11)).getMessage()).isEqualTo("NPRS current pain is scored 0–10; got 11");
        assertThat(refused(PSFS, List.of(3, -1)).field()).isEqualTo("responses[1]");
        assertThat(refused(GROC, List.of(8)).field()).isEqualTo("responses[0]");
        assertThat(refused(GROC, List.of(-8)).getMessage()).isEqualTo("GROC rating is scored -7 to +7; got -8");
    }

    @Test
    void tooManyBlankItemsAreRefusedAndTheLimitItselfIsAccepted() {
        assertThatCode(() -> Scores.score(NDI, withBlanks(10, 1, 4))).doesNotThrowAnyException();
        ScoringException ndi = refused(NDI, withBlanks(10, 1, 4, 8));
        assertThat(ndi.field()).isEqualTo("responses");
        assertThat(ndi.getMessage()).isEqualTo("3 NDI responses are blank (responses 2, 5 and 9): the NDI can't be "
                + "scored with more than 2 missing");

        assertThatCode(() -> Scores.score(ODI, withBlanks(10, 7, 9))).doesNotThrowAnyException();
        assertThat(refused(ODI, withBlanks(10, 0, 7, 9)).field()).isEqualTo("responses");

        // the FRI allows a single blank (knowledge base C)
        assertThatCode(() -> Scores.score(FRI, withBlanks(10, 3))).doesNotThrowAnyException();
        ScoringException fri = refused(FRI, withBlanks(10, 3, 6));
        assertThat(fri.field()).isEqualTo("responses");
        assertThat(fri.getMessage()).contains("more than 1 missing");
    }

    @Test
    void allBlankIsRefusedForEveryInstrument() {
        for (OutcomeInstrument instrument : OutcomeInstrument.values()) {
            List<Integer> blanks = Arrays.asList(new Integer[instrument.minItems()]);
            ScoringException e = refused(instrument, blanks);
            assertThat(e).as(instrument.name()).isNotNull();
            assertThat(e.field()).isEqualTo("responses");
            assertThat(e.getMessage()).isEqualTo("Every " + instrument + " response is blank: nothing to score");
        }
    }

    @Test
    void nprsPsfsAndGrocNeedEveryResponse() {
        ScoringException best = refused(NPRS, Arrays.asList(4, null, 6));
        assertThat(best.field()).isEqualTo("responses[1]");
        assertThat(best.getMessage()).isEqualTo("NPRS best pain over 24 h is blank: give all three ratings, or the "
                + "current pain alone");
        assertThat(refused(NPRS, Arrays.asList(4, 2, null)).field()).isEqualTo("responses[2]");
        ScoringException single = refused(NPRS, Arrays.asList((Integer) null));
        assertThat(single.getMessage()).isEqualTo("Every NPRS response is blank: nothing to score");
        ScoringException activity = refused(PSFS, Arrays.asList(4, 5, null));
        assertThat(activity.field()).isEqualTo("responses[2]");
        assertThat(activity.getMessage()).startsWith("PSFS activity 3 is blank");
    }

    @Test
    void theBestAndCurrentPainCannotExceedTheWorst() {
        ScoringException best = refused(NPRS, List.of(5, 7, 6));
        assertThat(best.field()).isEqualTo("responses[1]");
        assertThat(best.getMessage()).isEqualTo("The best pain over 24 h (7) can't be higher than the worst (6)");
        ScoringException current = refused(NPRS, List.of(8, 2, 6));
        assertThat(current.field()).isEqualTo("responses[2]");
        assertThat(current.getMessage()).isEqualTo("The worst pain over 24 h (6) can't be lower than the current pain (8)");
        assertThatCode(() -> Scores.score(NPRS, List.of(6, 6, 6))).doesNotThrowAnyException();
    }

    @Test
    void aBlankScoredFabqItemIsRefusedAtItsPosition() {
        List<Integer> work = new ArrayList<>(Collections.nCopies(16, 3));
        work.set(5, null);
        work.set(14, null);
        ScoringException e = refused(FABQ, work);
        assertThat(e.field()).isEqualTo("responses[5]");
        assertThat(e.getMessage()).isEqualTo("FABQ items 6 and 15 are blank: the work subscale is scored only with all "
                + "its items answered");

        List<Integer> physical = new ArrayList<>(Collections.nCopies(16, 3));
        physical.set(1, null);
        assertThat(refused(FABQ, physical).getMessage()).startsWith("FABQ item 2 is blank: the physical activity");
    }
}
