package org.rhomboid.support;

import org.rhomboid.outcome.domain.OutcomeInstrument;

/**
 * Stand-in wording for the copyrighted instruments, in the file format a clinic loads (QUESTIONNAIRE-LICENCE):
 * made-up placeholder sentences with the instrument's number of items and answers, never the licensed text.
 * The eighth item is optional for the NDI and ODI (driving; sex life), as in the published forms.
 */
public final class TestWording {

    private TestWording() {
    }

    public static String of(OutcomeInstrument instrument) {
        return of(instrument, instrument.maxItems(), instrument.highest() - instrument.lowest() + 1);
    }

    /** A file with {@code items} questions of {@code answers} answers each (to build wrong ones too). */
    public static String of(OutcomeInstrument instrument, int items, int answers) {
        StringBuilder file = new StringBuilder("# Placeholder wording for tests\n")
                .append("heading: Test wording of the ").append(instrument.name()).append('\n')
                .append("instructions: Choose the answer that fits you today.\n\n");
        for (int item = 1; item <= items; item++) {
            file.append("? Placeholder question ").append(item).append('\n');
            if (item == 8 && (instrument == OutcomeInstrument.NDI || instrument == OutcomeInstrument.ODI)) {
                file.append("~ Leave this out if it does not apply to you.\n");
            }
            for (int answer = 0; answer < answers; answer++) {
                file.append("- Placeholder answer ").append(answer).append(" of question ").append(item).append('\n');
            }
        }
        return file.toString();
    }
}
