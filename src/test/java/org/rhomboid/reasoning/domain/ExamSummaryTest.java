package org.rhomboid.reasoning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rhomboid.exam.domain.ExamChoices.Kyphosis;
import org.rhomboid.exam.domain.ExamForm;
import org.rhomboid.exam.domain.ThoracicExam;

class ExamSummaryTest {

    private static final String PHOTO = "1b4e28ba-2fa1-11d2-883f-0016d3cca427";

    private static ThoracicExam exam(String... namesAndValues) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        ExamForm.Checked checked = new ExamForm(fields).check(null);
        assertThat(checked.errors()).isEmpty();
        return checked.exam();
    }

    private static ExamSummary summary(String... namesAndValues) {
        return ExamSummary.of(exam(namesAndValues));
    }

    @Test
    void anExamWithNothingAbnormalIsUnremarkable() {
        assertThat(summary("pulses", "EQUAL", "gait", "NORMAL", "pa.T5", "NORMAL", "test.RIB_SPRINGING", "NEGATIVE"))
                .isEqualTo(ExamSummary.unremarkable());
    }

    @Test
    void limitedRangeOfMotion() {
        assertThat(summary("rom.FLEXION", "60", "romUnit.FLEXION", "PERCENT").thoracicRomLimited()).isTrue();
        assertThat(summary("romLimited.EXTENSION", "on").thoracicRomLimited()).isTrue();
        assertThat(summary("rom.FLEXION", "30").thoracicRomLimited()).as("degrees without the tick").isFalse();
    }

    @Test
    void familiarPainOnMovementOrOnPaSpringingReproducesThePain() {
        assertThat(summary("romPain.FLEXION", "FAMILIAR_PAIN").romReproducesPain()).isTrue();
        assertThat(summary("pa.T5", "NORMAL", "paPain.T5", "on").romReproducesPain()).isTrue();
        assertThat(summary("romPain.FLEXION", "PAIN").romReproducesPain()).as("pain, but not their pain").isFalse();
    }

    @Test
    void hypomobileSegmentsAndRibs() {
        ExamSummary hypo = summary("pa.T5", "HYPO", "ribMob.R4L", "HYPO");
        assertThat(hypo.segmentalHypomobility()).isTrue();
        assertThat(hypo.ribHypomobility()).isTrue();
        ExamSummary hyper = summary("pa.T5", "HYPER", "ribMob.R4L", "HYPER");
        assertThat(hyper.segmentalHypomobility()).isFalse();
        assertThat(hyper.ribHypomobility()).isFalse();
    }

    @Test
    void positiveRibSpringingAndSlump() {
        ExamSummary positive = summary("test.RIB_SPRINGING", "POSITIVE", "test.THORACIC_SLUMP", "POSITIVE");
        assertThat(positive.ribSpringingPositive()).isTrue();
        assertThat(positive.slumpPositive()).isTrue();
        ExamSummary negative = summary("test.RIB_SPRINGING", "NEGATIVE", "test.THORACIC_SLUMP", "NEGATIVE");
        assertThat(negative.ribSpringingPositive()).isFalse();
        assertThat(negative.slumpPositive()).isFalse();
    }

    @Test
    void anyChangeOfThoracicDermatomeSensationCounts() {
        assertThat(summary("derm.T7.L", "REDUCED").dermatomalSensoryChange()).isTrue();
        assertThat(summary("derm.T7.L", "HEIGHTENED").dermatomalSensoryChange()).isTrue();
        assertThat(summary("derm.T7.L", "NORMAL").dermatomalSensoryChange()).isFalse();
        assertThat(summary("derm.C6.L", "ABSENT").dermatomalSensoryChange()).as("an arm dermatome").isFalse();
    }

    @Test
    void upperMotorNeuronSignsFollowTheExamFindings() {
        assertThat(summary("umn.BABINSKI", "POSITIVE").upperMotorNeuronSigns()).isTrue();
        assertThat(summary("reflex.PATELLAR.L", "BRISK", "reflex.PATELLAR.R", "BRISK").upperMotorNeuronSigns()).isTrue();
        assertThat(summary("reflex.PATELLAR.L", "BRISK").upperMotorNeuronSigns()).isFalse();
    }

    @Test
    void triggerPointsAndSpasmFromPalpation() {
        ExamSummary trigger = summary("trigger.T4", "on");
        assertThat(trigger.triggerPoints()).isTrue();
        assertThat(trigger.muscleTenderness()).isFalse();
        ExamSummary spasm = summary("spasm.R6R", "on");
        assertThat(spasm.triggerPoints()).isFalse();
        assertThat(spasm.muscleTenderness()).isTrue();
    }

    @Test
    void onlyACervicalScreenThatReproducesThePainCounts() {
        assertThat(summary("cervicalScreen", "REPRODUCES_PAIN").cervicalScreenReproducesPain()).isTrue();
        assertThat(summary("cervicalScreen", "LIMITED").cervicalScreenReproducesPain()).isFalse();
        assertThat(summary("lumbarScreen", "REPRODUCES_PAIN").cervicalScreenReproducesPain()).isFalse();
    }

    @Test
    void kyphosisDefaultsToNormalWhenNotJudged() {
        ExamSummary increased = summary("kyphosis", "INCREASED", "kyphosisAngle", "52");
        assertThat(increased.kyphosis()).isEqualTo(Kyphosis.INCREASED);
        assertThat(increased.kyphosisAngle()).isEqualTo(52.0);
        assertThat(summary("gait", "NORMAL").kyphosis()).isEqualTo(Kyphosis.NORMAL);
        assertThat(summary("gait", "NORMAL").kyphosisAngle()).isNull();
    }

    @Test
    void theCraniovertebralAngleComesFromThePhoto() {
        ExamSummary forward = summary("photo", PHOTO, "tragusX", "100", "tragusY", "100", "c7X", "200", "c7Y", "200");
        assertThat(forward.craniovertebralAngle()).isEqualTo(45.0);
        assertThat(forward.forwardHead()).isTrue();
        assertThat(forward.forwardHeadObserved()).isFalse();
        ExamSummary upright = summary("photo", PHOTO, "tragusX", "200", "tragusY", "50", "c7X", "200", "c7Y", "200");
        assertThat(upright.craniovertebralAngle()).isEqualTo(90.0);
        assertThat(upright.forwardHead()).isFalse();
    }

    @Test
    void aForwardHeadSeenOnObservationCountsWithoutAPhoto() {
        ExamSummary seen = summary("head", "FORWARD");
        assertThat(seen.forwardHeadObserved()).isTrue();
        assertThat(seen.forwardHead()).isTrue();
        assertThat(seen.craniovertebralAngle()).isNull();
        assertThat(summary("head", "NEUTRAL").forwardHead()).isFalse();
    }

    @Test
    void deepNeckFlexorEnduranceIsCarried() {
        assertThat(summary("dnf", "15").deepNeckFlexorSeconds()).isEqualTo(15.0);
    }

    @Test
    void scapularWeaknessIsAGradeBelowFourOnEitherMuscle() {
        assertThat(summary("serratus.L", "3").scapularWeakness()).isTrue();
        assertThat(summary("lowerTrap.R", "3").scapularWeakness()).isTrue();
        assertThat(summary("serratus.L", "4", "lowerTrap.R", "5").scapularWeakness()).isFalse();
    }
}
