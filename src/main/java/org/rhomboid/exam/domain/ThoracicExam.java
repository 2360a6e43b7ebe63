package org.rhomboid.exam.domain;

import java.util.Map;
import java.util.UUID;
import org.rhomboid.exam.domain.ExamChoices.Breathing;
import org.rhomboid.exam.domain.ExamChoices.CoreMeasure;
import org.rhomboid.exam.domain.ExamChoices.Gait;
import org.rhomboid.exam.domain.ExamChoices.HeadPosition;
import org.rhomboid.exam.domain.ExamChoices.Kyphosis;
import org.rhomboid.exam.domain.ExamChoices.Mobility;
import org.rhomboid.exam.domain.ExamChoices.Movement;
import org.rhomboid.exam.domain.ExamChoices.PainResponse;
import org.rhomboid.exam.domain.ExamChoices.Pulses;
import org.rhomboid.exam.domain.ExamChoices.Reflex;
import org.rhomboid.exam.domain.ExamChoices.ReflexSite;
import org.rhomboid.exam.domain.ExamChoices.RomUnit;
import org.rhomboid.exam.domain.ExamChoices.Scapulae;
import org.rhomboid.exam.domain.ExamChoices.Screen;
import org.rhomboid.exam.domain.ExamChoices.Sensation;
import org.rhomboid.exam.domain.ExamChoices.ShoulderLevel;
import org.rhomboid.exam.domain.ExamChoices.Side;
import org.rhomboid.exam.domain.ExamChoices.SpecialTest;
import org.rhomboid.exam.domain.ExamChoices.TestResult;
import org.rhomboid.exam.domain.ExamChoices.UmnSign;

/**
 * One structured thoracic examination, as validated. Maps hold only what was examined: a missing entry means
 * "not tested", never "normal". Left/right entries are keyed "C6.L", "C6.R".
 */
public record ThoracicExam(
        Observation observation,
        Posture posture,
        Map<String, Palpation> palpation,
        Map<Movement, Range> rom,
        Screen cervicalScreen,
        Screen lumbarScreen,
        Map<String, Sensation> dermatomes,
        String sensoryLevel,
        Map<String, Integer> myotomes,
        Map<String, Reflex> reflexes,
        Map<UmnSign, TestResult> umnSigns,
        Map<SpecialTest, SpecialTestResult> specialTests,
        Strength strength,
        Map<String, Mobility> segmentMobility,
        java.util.Set<String> painfulSegments,
        Map<String, Mobility> ribMobility,
        Pulses pulses,
        String notes) {

    public record Observation(HeadPosition head, ShoulderLevel shoulders, Kyphosis kyphosis, Double kyphosisAngle,
                              Scapulae scapulae, Breathing breathing, Gait gait) {}

    /** The side-view posture photo with the two landmarks the therapist clicked, in image pixels. */
    public record Posture(UUID photoId, Point tragus, Point c7) {
        public double craniovertebralAngle() {
            return CraniovertebralAngle.of(tragus, c7);
        }
    }

    public record Point(double x, double y) {}

    /** Tenderness 0 (none) to 3 (severe, withdraws), spasm, trigger point. */
    public record Palpation(int tenderness, boolean spasm, boolean triggerPoint) {}

    public record Range(Double value, RomUnit unit, PainResponse pain, boolean limited) {}

    public record SpecialTestResult(TestResult result, Side side) {}

    /**
     * @param deepNeckFlexorSeconds craniocervical flexion endurance hold
     * @param serratus MMT 0–5 keyed L/R; lowerTrapezius likewise
     */
    public record Strength(Double deepNeckFlexorSeconds, Map<Side, Integer> serratus, Map<Side, Integer> lowerTrapezius,
                           Double core, CoreMeasure coreMeasure) {}

    /** Used by the sections list of a note: which parts of the exam hold anything. */
    public int sectionsExamined() {
        int sections = 0;
        Observation o = observation;
        if (o.head() != null || o.shoulders() != null || o.kyphosis() != null || o.scapulae() != null
                || o.breathing() != null || o.gait() != null || posture != null) {
            sections++;
        }
        if (!palpation.isEmpty()) {
            sections++;
        }
        if (!rom.isEmpty() || cervicalScreen != null || lumbarScreen != null) {
            sections++;
        }
        if (!dermatomes.isEmpty() || sensoryLevel != null || !myotomes.isEmpty() || !reflexes.isEmpty()
                || !umnSigns.isEmpty()) {
            sections++;
        }
        if (!specialTests.isEmpty()) {
            sections++;
        }
        if (strength.deepNeckFlexorSeconds() != null || !strength.serratus().isEmpty()
                || !strength.lowerTrapezius().isEmpty() || strength.core() != null) {
            sections++;
        }
        if (!segmentMobility.isEmpty() || !painfulSegments.isEmpty() || !ribMobility.isEmpty()) {
            sections++;
        }
        if (pulses != null) {
            sections++;
        }
        return sections;
    }

    public boolean positive(SpecialTest test) {
        SpecialTestResult r = specialTests.get(test);
        return r != null && r.result() == TestResult.POSITIVE;
    }
}
