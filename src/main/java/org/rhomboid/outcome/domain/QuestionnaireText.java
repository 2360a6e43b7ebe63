package org.rhomboid.outcome.domain;

import java.util.List;

/**
 * The patient-facing wording Rhomboid may ship (QUESTIONNAIRE-LICENCE): the GROC's scale labels. The NPRS and PSFS
 * are worded in {@link Questionnaire} itself; the NDI, ODI, FABQ and FRI are copyrighted, so a clinic loads its
 * licensed wording ({@link LicensedWording}) and none of it is in the repository.
 */
final class QuestionnaireText {

    /** The 15-point Global Rating of Change, best first, as patients read it. */
    static final List<Questionnaire.Answer> GROC = List.of(
            new Questionnaire.Answer(7, "A very great deal better"), new Questionnaire.Answer(6, "A great deal better"),
            new Questionnaire.Answer(5, "Quite a bit better"), new Questionnaire.Answer(4, "Moderately better"),
            new Questionnaire.Answer(3, "Somewhat better"), new Questionnaire.Answer(2, "A little better"),
            new Questionnaire.Answer(1, "A tiny bit better — almost the same"),
            new Questionnaire.Answer(0, "About the same"),
            new Questionnaire.Answer(-1, "A tiny bit worse — almost the same"),
            new Questionnaire.Answer(-2, "A little worse"), new Questionnaire.Answer(-3, "Somewhat worse"),
            new Questionnaire.Answer(-4, "Moderately worse"), new Questionnaire.Answer(-5, "Quite a bit worse"),
            new Questionnaire.Answer(-6, "A great deal worse"), new Questionnaire.Answer(-7, "A very great deal worse"));

    private QuestionnaireText() {
    }
}
