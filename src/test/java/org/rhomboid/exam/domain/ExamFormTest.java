package org.rhomboid.exam.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rhomboid.exam.domain.ExamChoices.CoreMeasure;
import org.rhomboid.exam.domain.ExamChoices.Gait;
import org.rhomboid.exam.domain.ExamChoices.HeadPosition;
import org.rhomboid.exam.domain.ExamChoices.Kyphosis;
import org.rhomboid.exam.domain.ExamChoices.Mobility;
import org.rhomboid.exam.domain.ExamChoices.Movement;
import org.rhomboid.exam.domain.ExamChoices.PainResponse;
import org.rhomboid.exam.domain.ExamChoices.Pulses;
import org.rhomboid.exam.domain.ExamChoices.Reflex;
import org.rhomboid.exam.domain.ExamChoices.RomUnit;
import org.rhomboid.exam.domain.ExamChoices.Sensation;
import org.rhomboid.exam.domain.ExamChoices.Side;
import org.rhomboid.exam.domain.ExamChoices.SpecialTest;
import org.rhomboid.exam.domain.ExamChoices.TestResult;
import org.rhomboid.exam.domain.ExamChoices.UmnSign;
import org.rhomboid.exam.domain.ThoracicExam.Palpation;
import org.rhomboid.exam.domain.ThoracicExam.Point;
import org.rhomboid.exam.domain.ThoracicExam.Range;

class ExamFormTest {

    private static final String PHOTO = "1b4e28ba-2fa1-11d2-883f-0016d3cca427";
    private static final ExamForm.PhotoSize PHOTO_SIZE = new ExamForm.PhotoSize(640, 480);

    /** A form from field/value pairs: form("head", "FORWARD", "pulses", "EQUAL"). */
    private static ExamForm form(String... namesAndValues) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return new ExamForm(fields);
    }

    private static ThoracicExam valid(ExamForm form) {
        ExamForm.Checked checked = form.check(PHOTO_SIZE);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.valid()).isTrue();
        return checked.exam();
    }

    private static Map<String, String> errors(ExamForm form) {
        ExamForm.Checked checked = form.check(PHOTO_SIZE);
        assertThat(checked.valid()).isFalse();
        assertThat(checked.exam()).isNull();
        return checked.errors();
    }

    @Test
    void anEmptyFormAsksForAtLeastOnePartOfTheExamination() {
        assertThat(errors(ExamForm.empty()))
                .containsExactly(entry("exam", "Record at least one part of the examination"));
    }

    @Test
    void blankFieldsMeanNotTested() {
        ThoracicExam exam = valid(form("head", "  ", "rom.FLEXION", "", "derm.T6.L", "", "myo.L4.L", " ",
                "pulses", "EQUAL"));
        assertThat(exam.observation().head()).isNull();
        assertThat(exam.rom()).isEmpty();
        assertThat(exam.dermatomes()).isEmpty();
        assertThat(exam.myotomes()).isEmpty();
        assertThat(exam.pulses()).isEqualTo(Pulses.EQUAL);
        assertThat(exam.sectionsExamined()).isEqualTo(1);
    }

    @Test
    void notesAloneDoNotCountAsAnExaminedPart() {
        assertThat(errors(form("notes", "Patient declined the exam"))).containsOnlyKeys("exam");
        assertThat(valid(form("notes", "Guarded movement", "gait", "NORMAL")).notes()).isEqualTo("Guarded movement");
    }

    @Test
    void observationChoicesAreRead() {
        ThoracicExam exam = valid(form("head", "FORWARD", "gait", "UNSTEADY", "kyphosis", "INCREASED",
                "kyphosisAngle", "48,5"));
        assertThat(exam.observation().head()).isEqualTo(HeadPosition.FORWARD);
        assertThat(exam.observation().gait()).isEqualTo(Gait.UNSTEADY);
        assertThat(exam.observation().kyphosis()).isEqualTo(Kyphosis.INCREASED);
        assertThat(exam.observation().kyphosisAngle()).as("a decimal comma is read").isEqualTo(48.5);
    }

    @Test
    void aKyphosisAngleNeedsTheKyphosisJudgement() {
        assertThat(errors(form("kyphosisAngle", "45")))
                .containsExactly(entry("kyphosis", "Say whether the kyphosis is normal, increased or decreased"));
    }

    @Test
    void anUnknownChoiceIsAnErrorOnThatField() {
        assertThat(errors(form("head", "SIDEWAYS", "pulses", "EQUAL")))
                .containsExactly(entry("head", "Choose one of the options"));
        assertThat(errors(form("derm.T6.L", "TINGLY"))).containsOnlyKeys("derm.T6.L");
        assertThat(errors(form("romUnit.FLEXION", "RADIANS", "rom.FLEXION", "30"))).containsOnlyKeys("romUnit.FLEXION");
    }

    @Test
    void badNumbersAreErrorsKeyedByFieldName() {
        Map<String, String> errors = errors(form("rom.FLEXION", "lots", "myo.L4.L", "4.5", "palp.T5", "4",
                "dnf", "-3", "kyphosis", "NORMAL", "kyphosisAngle", "121"));
        assertThat(errors).containsOnly(
                entry("rom.FLEXION", "Enter degrees from 0 to 180"),
                entry("myo.L4.L", "Enter a grade from 0 to 5 (a whole number)"),
                entry("palp.T5", "Enter a tenderness from 0 to 3 at T5"),
                entry("dnf", "Enter seconds from 0 to 300"),
                entry("kyphosisAngle", "Enter an angle from 0 to 120°"));
    }

    @Test
    void aRomPercentageBelowSeventyFiveCountsAsLimited() {
        ThoracicExam exam = valid(form("rom.FLEXION", "74", "romUnit.FLEXION", "PERCENT",
                "rom.EXTENSION", "75", "romUnit.EXTENSION", "PERCENT"));
        assertThat(exam.rom().get(Movement.FLEXION)).isEqualTo(new Range(74.0, RomUnit.PERCENT, PainResponse.NONE, true));
        assertThat(exam.rom().get(Movement.EXTENSION).limited()).isFalse();
    }

    @Test
    void degreesCountAsLimitedOnlyWhenTicked() {
        ThoracicExam exam = valid(form("rom.ROTATION_LEFT", "30", "rom.ROTATION_RIGHT", "30",
                "romLimited.ROTATION_RIGHT", "on", "romLimited.SIDE_BENDING_LEFT", "on",
                "romPain.SIDE_BENDING_RIGHT", "FAMILIAR_PAIN"));
        assertThat(exam.rom().get(Movement.ROTATION_LEFT))
                .as("a value without a unit is in degrees")
                .isEqualTo(new Range(30.0, RomUnit.DEGREES, PainResponse.NONE, false));
        assertThat(exam.rom().get(Movement.ROTATION_RIGHT).limited()).isTrue();
        assertThat(exam.rom().get(Movement.SIDE_BENDING_LEFT)).isEqualTo(new Range(null, null, PainResponse.NONE, true));
        assertThat(exam.rom().get(Movement.SIDE_BENDING_RIGHT).pain()).isEqualTo(PainResponse.FAMILIAR_PAIN);
        assertThat(exam.rom()).doesNotContainKeys(Movement.FLEXION, Movement.EXTENSION);
    }

    @Test
    void theRomRangeDependsOnTheUnit() {
        assertThat(valid(form("rom.FLEXION", "140", "romUnit.FLEXION", "PERCENT")).rom().get(Movement.FLEXION).value())
                .isEqualTo(140.0);
        assertThat(errors(form("rom.FLEXION", "151", "romUnit.FLEXION", "PERCENT")))
                .containsExactly(entry("rom.FLEXION", "Enter a percentage from 0 to 150"));
        assertThat(valid(form("rom.FLEXION", "170")).rom().get(Movement.FLEXION).value()).isEqualTo(170.0);
        assertThat(errors(form("rom.FLEXION", "181"))).containsExactly(entry("rom.FLEXION", "Enter degrees from 0 to 180"));
    }

    @Test
    void palpationKeepsOnlySitesWithSomethingFound() {
        ThoracicExam exam = valid(form("palp.T5", "2", "spasm.R3L", "on", "trigger.T7", "on", "palp.T6", "0"));
        assertThat(exam.palpation()).containsOnly(
                entry("T5", new Palpation(2, false, false)),
                entry("T7", new Palpation(0, false, true)),
                entry("R3L", new Palpation(0, true, false)));
        assertThat(errors(form("palp.T6", "0"))).containsOnlyKeys("exam");
    }

    @Test
    void neurologicalFindingsAreKeyedBySideAndSite() {
        ThoracicExam exam = valid(form("derm.T6.L", "REDUCED", "derm.L5.R", "NORMAL", "myo.L4.R", "3",
                "reflex.PATELLAR.L", "BRISK", "umn.BABINSKI", "POSITIVE", "sensoryLevel", "T8"));
        assertThat(exam.dermatomes()).containsOnly(entry("T6.L", Sensation.REDUCED), entry("L5.R", Sensation.NORMAL));
        assertThat(exam.myotomes()).containsOnly(entry("L4.R", 3));
        assertThat(exam.reflexes()).containsOnly(entry("PATELLAR.L", Reflex.BRISK));
        assertThat(exam.umnSigns()).containsOnly(entry(UmnSign.BABINSKI, TestResult.POSITIVE));
        assertThat(exam.sensoryLevel()).isEqualTo("T8");
        assertThat(exam.sectionsExamined()).isEqualTo(1);
    }

    @Test
    void theSensoryLevelMustBeAThoracicSegment() {
        assertThat(errors(form("sensoryLevel", "T13")))
                .containsExactly(entry("sensoryLevel", "Choose the level from T1 to T12"));
        assertThat(errors(form("sensoryLevel", "L1"))).containsOnlyKeys("sensoryLevel");
    }

    @Test
    void aSpecialTestSideNeedsAResult() {
        assertThat(errors(form("testSide.SPURLING", "LEFT")))
                .containsExactly(entry("test.SPURLING", "Give the result, or clear the side"));
        ThoracicExam exam = valid(form("test.SPURLING", "POSITIVE", "testSide.SPURLING", "LEFT",
                "test.RIB_SPRINGING", "NEGATIVE"));
        assertThat(exam.specialTests()).containsOnly(
                entry(SpecialTest.SPURLING, new ThoracicExam.SpecialTestResult(TestResult.POSITIVE, Side.LEFT)),
                entry(SpecialTest.RIB_SPRINGING, new ThoracicExam.SpecialTestResult(TestResult.NEGATIVE, null)));
        assertThat(exam.positive(SpecialTest.SPURLING)).isTrue();
        assertThat(exam.positive(SpecialTest.RIB_SPRINGING)).isFalse();
        assertThat(exam.positive(SpecialTest.THORACIC_SLUMP)).isFalse();
    }

    @Test
    void strengthGradesAndTheCoreMeasure() {
        ThoracicExam exam = valid(form("dnf", "18", "serratus.L", "3", "serratus.R", "5", "lowerTrap.R", "4",
                "core", "45"));
        assertThat(exam.strength().deepNeckFlexorSeconds()).isEqualTo(18.0);
        assertThat(exam.strength().serratus()).containsOnly(entry(Side.LEFT, 3), entry(Side.RIGHT, 5));
        assertThat(exam.strength().lowerTrapezius()).containsOnly(entry(Side.RIGHT, 4));
        assertThat(exam.strength().core()).isEqualTo(45.0);
        assertThat(exam.strength().coreMeasure()).as("seconds unless MMT is chosen").isEqualTo(CoreMeasure.SECONDS);

        assertThat(valid(form("core", "4", "coreMeasure", "MMT")).strength().coreMeasure()).isEqualTo(CoreMeasure.MMT);
        assertThat(errors(form("core", "45", "coreMeasure", "MMT")))
                .containsExactly(entry("core", "Enter a grade from 0 to 5"));
        assertThat(errors(form("serratus.L", "6"))).containsOnlyKeys("serratus.L");
    }

    @Test
    void segmentAndRibMobility() {
        ThoracicExam exam = valid(form("pa.T4", "HYPO", "pa.T5", "NORMAL", "paPain.T4", "on", "ribMob.R5L", "HYPER"));
        assertThat(exam.segmentMobility()).containsOnly(entry("T4", Mobility.HYPO), entry("T5", Mobility.NORMAL));
        assertThat(exam.painfulSegments()).containsExactly("T4");
        assertThat(exam.ribMobility()).containsOnly(entry("R5L", Mobility.HYPER));
    }

    @Test
    void notesAreLimitedInLength() {
        assertThat(errors(form("pulses", "EQUAL", "notes", "x".repeat(ExamForm.NOTES_LIMIT + 1))))
                .containsExactly(entry("notes", "Use at most 4000 characters"));
        assertThat(valid(form("pulses", "EQUAL", "notes", "x".repeat(ExamForm.NOTES_LIMIT))).notes())
                .hasSize(ExamForm.NOTES_LIMIT);
    }

    @Test
    void photoLandmarksBecomeThePosture() {
        ThoracicExam exam = valid(form("photo", PHOTO, "tragusX", "100", "tragusY", "100", "c7X", "200", "c7Y", "200"));
        assertThat(exam.posture()).isEqualTo(new ThoracicExam.Posture(UUID.fromString(PHOTO), new Point(100, 100),
                new Point(200, 200)));
        assertThat(exam.posture().craniovertebralAngle()).isEqualTo(45.0);
        assertThat(exam.sectionsExamined()).as("the photo is part of observation").isEqualTo(1);
    }

    @Test
    void landmarksNeedAPhoto() {
        assertThat(errors(form("tragusX", "100", "gait", "NORMAL")))
                .containsExactly(entry("photo", "Upload the side-view photo before marking the tragus and C7"));
        assertThat(errors(form("photo", "not-a-uuid", "gait", "NORMAL")))
                .containsExactly(entry("photo", "Upload the photo again"));
    }

    @Test
    void aPhotoNeedsBothLandmarks() {
        assertThat(errors(form("photo", PHOTO))).containsOnly(
                entry("tragus", "Click the tragus of the ear on the photo"),
                entry("c7", "Click the spinous process of C7 on the photo"));
        assertThat(errors(form("photo", PHOTO, "tragusX", "100", "tragusY", "100", "c7X", "200")))
                .containsOnlyKeys("c7");
    }

    @Test
    void aPainfulSegmentAloneIsAnExamination() {
        ThoracicExam exam = valid(form("paPain.T5", "on"));
        assertThat(exam.painfulSegments()).containsExactly("T5");
        assertThat(exam.sectionsExamined()).isEqualTo(1);
    }

    @Test
    void onlyPlainDecimalsAreNumbers() {
        for (String odd : new String[] {"5d", "1e1", "0x1p3", "NaN"}) {
            assertThat(errors(form("dnf", odd))).as(odd).containsKey("dnf");
        }
        assertThat(valid(form("dnf", "17,5")).strength().deepNeckFlexorSeconds()).isEqualTo(17.5);
    }

    @Test
    void landmarksMustLieOnThePhoto() {
        ExamForm offPhoto = form("photo", PHOTO, "tragusX", "700", "tragusY", "100", "c7X", "200", "c7Y", "200");
        assertThat(errors(offPhoto)).containsExactly(entry("tragus", "Mark the tragus on the photo itself"));
        ExamForm belowPhoto = form("photo", PHOTO, "tragusX", "100", "tragusY", "100", "c7X", "200", "c7Y", "481");
        assertThat(errors(belowPhoto)).containsExactly(entry("c7", "Mark C7 on the photo itself"));
        assertThat(offPhoto.check(null).valid()).as("without the photo's size there is nothing to check against")
                .isTrue();
    }

    @Test
    void theTragusMustBeAboveC7() {
        String message = "The tragus must be above C7: mark the ear, then the base of the neck";
        assertThat(errors(form("photo", PHOTO, "tragusX", "100", "tragusY", "250", "c7X", "200", "c7Y", "200")))
                .containsExactly(entry("tragus", message));
        assertThat(errors(form("photo", PHOTO, "tragusX", "100", "tragusY", "200", "c7X", "200", "c7Y", "200")))
                .containsExactly(entry("tragus", message));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(errors(form("head", "UP", "myo.C5.L", "9", "sensoryLevel", "X", "testSide.RIB_SPRINGING", "BOTH")))
                .containsOnlyKeys("head", "myo.C5.L", "sensoryLevel", "test.RIB_SPRINGING");
    }

    @Test
    void valuesAreReadTrimmedWithAFallback() {
        ExamForm form = form("head", "  FORWARD ");
        assertThat(form.value("head")).isEqualTo("FORWARD");
        assertThat(form.value("gait")).isEmpty();
        assertThat(form.valueOr("gait", "NORMAL")).isEqualTo("NORMAL");
        assertThat(form.valueOr("head", "NEUTRAL")).isEqualTo("FORWARD");
    }

    @Test
    void withReplacesOrRemovesFieldsAndLeavesTheOriginalAlone() {
        ExamForm original = form("photo", PHOTO, "gait", "NORMAL");
        Map<String, String> replacements = new HashMap<>();
        replacements.put("photo", null);
        replacements.put("gait", "UNSTEADY");
        replacements.put("pulses", "EQUAL");
        ExamForm changed = original.with(replacements);
        assertThat(changed.fields()).containsOnly(entry("gait", List.of("UNSTEADY")), entry("pulses", List.of("EQUAL")));
        assertThat(original.value("photo")).isEqualTo(PHOTO);
        assertThat(original.value("gait")).isEqualTo("NORMAL");
    }

    @Test
    void theFormKeepsItsOwnCopyOfTheFields() {
        List<String> values = new ArrayList<>(List.of("FORWARD"));
        Map<String, List<String>> fields = new HashMap<>(Map.of("head", values));
        ExamForm form = new ExamForm(fields);
        values.set(0, "NEUTRAL");
        fields.put("gait", List.of("UNSTEADY"));
        assertThat(form.value("head")).isEqualTo("FORWARD");
        assertThat(form.fields()).containsOnlyKeys("head");
    }
}
