package org.rhomboid.exam.domain;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rhomboid.exam.domain.ExamChoices.Labelled;
import org.rhomboid.exam.domain.ExamChoices.Mobility;
import org.rhomboid.exam.domain.ExamChoices.Sensation;
import org.rhomboid.exam.domain.ExamChoices.TestResult;

/**
 * The examination in the short sentences of an objective section: only what was tested, abnormal first. Measures
 * without a validated cut-off (deep neck flexor endurance, kyphosis angle, craniovertebral angle) are printed with
 * their reference values and source, never as a diagnosis ({@link ReferenceValues}).
 */
public final class ExamNarrative {

    public record Section(String title, List<String> lines) {}

    private static final DecimalFormat NUMBER = new DecimalFormat("0.#", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));

    private ExamNarrative() {
    }

    public static List<Section> of(ThoracicExam exam) {
        List<Section> sections = new ArrayList<>();
        var o = exam.observation();
        List<String> posture = new ArrayList<>();
        add(posture, "Head", o.head());
        add(posture, "Shoulders", o.shoulders());
        if (o.kyphosis() != null) {
            posture.add("Thoracic kyphosis: " + o.kyphosis().label().toLowerCase()
                    + (o.kyphosisAngle() != null ? " (" + ReferenceValues.kyphosisInclinometer(o.kyphosisAngle()) + ")"
                    : ""));
        }
        add(posture, "Scapulae", o.scapulae());
        add(posture, "Breathing", o.breathing());
        add(posture, "Gait", o.gait());
        if (exam.posture() != null) {
            double cva = exam.posture().craniovertebralAngle();
            posture.add("Craniovertebral angle " + NUMBER.format(cva) + "° on photo"
                    + (CraniovertebralAngle.forwardHead(cva)
                    ? " (" + ReferenceValues.craniovertebralAngleBelowConvention() + ")" : ""));
        }
        section(sections, "Observation and posture", posture);

        List<String> palpation = exam.palpation().entrySet().stream().map(e -> ExamChoices.siteLabel(e.getKey()) + ": "
                + describe(e.getValue())).toList();
        section(sections, "Palpation", palpation);

        List<String> rom = new ArrayList<>();
        exam.rom().forEach((movement, r) -> rom.add(movement.label() + ": "
                + (r.value() == null ? "" : NUMBER.format(r.value()) + (r.unit() == ExamChoices.RomUnit.PERCENT ? "% of normal" : "°"))
                + (r.limited() ? (r.value() == null ? "limited" : ", limited") : "")
                + (r.pain() == ExamChoices.PainResponse.NONE ? "" : " — " + r.pain().label().toLowerCase())));
        add(rom, "Cervical screen", exam.cervicalScreen());
        add(rom, "Lumbar screen", exam.lumbarScreen());
        section(sections, "Range of motion", rom);

        List<String> neuro = new ArrayList<>();
        String sensation = exam.dermatomes().entrySet().stream().filter(e -> e.getValue() != Sensation.NORMAL)
                .map(e -> sideName(e.getKey()) + " " + e.getValue().label().toLowerCase()).collect(Collectors.joining(", "));
        if (!exam.dermatomes().isEmpty()) {
            neuro.add("Dermatomes: " + (sensation.isEmpty() ? "intact as tested" : sensation));
        }
        if (exam.sensoryLevel() != null) {
            neuro.add("Sensory level at " + exam.sensoryLevel());
        }
        String weak = exam.myotomes().entrySet().stream().filter(e -> e.getValue() < 5)
                .map(e -> sideName(e.getKey()) + " " + e.getValue() + "/5").collect(Collectors.joining(", "));
        if (!exam.myotomes().isEmpty()) {
            neuro.add("Myotomes: " + (weak.isEmpty() ? "5/5 as tested" : weak));
        }
        String reflexes = exam.reflexes().entrySet().stream()
                .map(e -> sideName(e.getKey()).toLowerCase() + " " + e.getValue().label().toLowerCase())
                .collect(Collectors.joining(", "));
        if (!reflexes.isEmpty()) {
            neuro.add("Reflexes: " + reflexes);
        }
        exam.umnSigns().forEach((sign, result) -> neuro.add(sign.label() + ": " + result.label().toLowerCase()));
        section(sections, "Neurological screen", neuro);

        List<String> tests = new ArrayList<>();
        exam.specialTests().forEach((test, r) -> tests.add(test.label() + ": " + r.result().label().toLowerCase()
                + (r.side() != null && r.result() == TestResult.POSITIVE ? " (" + r.side().label().toLowerCase() + ")" : "")));
        add(tests, "Pulses", exam.pulses());
        section(sections, "Special tests", tests);

        List<String> strength = new ArrayList<>();
        var s = exam.strength();
        if (s.deepNeckFlexorSeconds() != null) {
            strength.add("Deep neck flexor endurance " + NUMBER.format(s.deepNeckFlexorSeconds()) + " s ("
                    + ReferenceValues.deepNeckFlexor() + ")");
        }
        grades(strength, "Serratus anterior", s.serratus());
        grades(strength, "Lower trapezius", s.lowerTrapezius());
        if (s.core() != null) {
            strength.add("Core " + NUMBER.format(s.core()) + (s.coreMeasure() == ExamChoices.CoreMeasure.MMT ? "/5" : " s hold"));
        }
        section(sections, "Strength", strength);

        List<String> mobility = new ArrayList<>();
        String segments = exam.segmentMobility().entrySet().stream().filter(e -> e.getValue() != Mobility.NORMAL)
                .map(e -> e.getKey() + " " + e.getValue().label().toLowerCase()).collect(Collectors.joining(", "));
        if (!exam.segmentMobility().isEmpty()) {
            mobility.add("PA springing: " + (segments.isEmpty() ? "normal as tested" : segments));
        }
        if (!exam.painfulSegments().isEmpty()) {
            mobility.add("Painful on PA: " + String.join(", ", exam.painfulSegments()));
        }
        String ribs = exam.ribMobility().entrySet().stream().filter(e -> e.getValue() != Mobility.NORMAL)
                .map(e -> ExamChoices.siteLabel(e.getKey()) + " " + e.getValue().label().toLowerCase())
                .collect(Collectors.joining(", "));
        if (!exam.ribMobility().isEmpty()) {
            mobility.add("Rib mobility: " + (ribs.isEmpty() ? "normal as tested" : ribs));
        }
        section(sections, "Joint mobility", mobility);
        if (exam.notes() != null) {
            section(sections, "Notes", List.of(exam.notes()));
        }
        return sections;
    }

    private static String describe(ThoracicExam.Palpation p) {
        List<String> parts = new ArrayList<>();
        if (p.tenderness() > 0) {
            parts.add("tenderness " + p.tenderness() + "/3");
        }
        if (p.spasm()) {
            parts.add("spasm");
        }
        if (p.triggerPoint()) {
            parts.add("trigger point");
        }
        return String.join(", ", parts);
    }

    private static void grades(List<String> lines, String muscle, Map<ExamChoices.Side, Integer> grades) {
        if (!grades.isEmpty()) {
            lines.add(muscle + " " + grades.entrySet().stream()
                    .map(e -> e.getKey().label().toLowerCase() + " " + e.getValue() + "/5").collect(Collectors.joining(", ")));
        }
    }

    private static String sideName(String key) {
        int dot = key.indexOf('.');
        return key.substring(0, dot) + (key.endsWith("L") ? " left" : " right");
    }

    private static void add(List<String> lines, String what, Labelled value) {
        if (value != null) {
            lines.add(what + ": " + value.label().toLowerCase());
        }
    }

    private static void section(List<Section> sections, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            sections.add(new Section(title, List.copyOf(lines)));
        }
    }
}
