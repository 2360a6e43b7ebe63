package org.rhomboid.fhir.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.rhomboid.outcome.domain.OutcomeInstrument;

/**
 * The forms Rhomboid's answers come from, as base R4 Questionnaires: the intake's measured part and each outcome
 * measure. Item texts name the item ("NDI item 4 (reading)"), never the licensed wording of the NDI, ODI, FABQ or
 * FRI, which Rhomboid does not ship (QUESTIONNAIRE-LICENCE). The same for every clinic; no patient data.
 */
public final class Questionnaires {

    public static final String BASE = "https://rhomboid.org/fhir/Questionnaire/";
    public static final String VERSION = "1";
    public static final String INTAKE = "intake";

    /** linkIds of the intake's items. */
    public static final String PAIN_NOW = "pain-now";
    public static final String PAIN_BEST = "pain-best";
    public static final String PAIN_WORST = "pain-worst";
    public static final String ONSET_DATE = "onset-date";
    public static final String PSFS = "psfs";
    public static final String PSFS_ACTIVITY = "psfs-activity";
    public static final String PSFS_SCORE = "psfs-score";
    public static final String GOALS = "goals";

    private Questionnaires() {
    }

    /** The id of an instrument's Questionnaire. */
    public static String id(OutcomeInstrument instrument) {
        return instrument.name().toLowerCase(Locale.ROOT);
    }

    /** The canonical a response names: url|version. */
    public static String canonical(String id) {
        return BASE + id + "|" + VERSION;
    }

    public static List<Questionnaire> all() {
        List<Questionnaire> all = new ArrayList<>();
        all.add(intake());
        for (OutcomeInstrument instrument : OutcomeInstrument.values()) {
            all.add(of(instrument));
        }
        return all;
    }

    public static Optional<Questionnaire> find(String id) {
        return all().stream().filter(q -> q.getIdPart().equals(id)).findFirst();
    }

    static Questionnaire of(OutcomeInstrument instrument) {
        Questionnaire q = base(id(instrument), instrument.name(), instrument.title());
        for (int i = 0; i < instrument.maxItems(); i++) {
            QuestionnaireItemComponent item = q.addItem().setLinkId(String.valueOf(i + 1))
                    .setText(instrument.itemLabel(i)).setType(QuestionnaireItemType.INTEGER)
                    .setRequired(i < instrument.minItems() && instrument.maxMissing() == 0);
            options(item, instrument.lowest(), instrument.highest());
        }
        return q;
    }

    static Questionnaire intake() {
        Questionnaire q = base(INTAKE, "RhomboidIntake", "Thoracic pain intake (measured items)");
        q.setDescription("The measured part of the patient's intake: the NPRS now, best and worst over 24 hours, the"
                + " onset date, the PSFS activities and their ratings, and the patient's goals.");
        options(q.addItem().setLinkId(PAIN_NOW).setText("Pain right now (0-10)")
                .setType(QuestionnaireItemType.INTEGER).setRequired(true), 0, 10);
        options(q.addItem().setLinkId(PAIN_BEST).setText("Pain at its best in the last 24 hours (0-10)")
                .setType(QuestionnaireItemType.INTEGER).setRequired(true), 0, 10);
        options(q.addItem().setLinkId(PAIN_WORST).setText("Pain at its worst in the last 24 hours (0-10)")
                .setType(QuestionnaireItemType.INTEGER).setRequired(true), 0, 10);
        q.addItem().setLinkId(ONSET_DATE).setText("When did it start?").setType(QuestionnaireItemType.DATE);
        QuestionnaireItemComponent psfs = q.addItem().setLinkId(PSFS).setText("Activities you find hard (PSFS)")
                .setType(QuestionnaireItemType.GROUP).setRepeats(true).setRequired(true);
        psfs.addItem().setLinkId(PSFS_ACTIVITY).setText("Activity").setType(QuestionnaireItemType.STRING)
                .setRequired(true);
        options(psfs.addItem().setLinkId(PSFS_SCORE).setText("How well can you do it today? 0 = unable, 10 = as"
                + " before").setType(QuestionnaireItemType.INTEGER).setRequired(true), 0, 10);
        q.addItem().setLinkId(GOALS).setText("What would you like to be able to do again?")
                .setType(QuestionnaireItemType.TEXT);
        return q;
    }

    private static Questionnaire base(String id, String name, String title) {
        Questionnaire q = new Questionnaire();
        q.setId(id);
        q.getMeta().setVersionId(VERSION);
        q.setUrl(BASE + id).setVersion(VERSION).setName(name.replaceAll("[^A-Za-z0-9]", "")).setTitle(title)
                .setStatus(PublicationStatus.ACTIVE).setExperimental(false).setPublisher("Rhomboid")
                .addSubjectType("Patient");
        return q;
    }

    private static void options(QuestionnaireItemComponent item, int from, int to) {
        for (int value = from; value <= to; value++) {
            item.addAnswerOption().setValue(new IntegerType(value));
        }
    }
}
