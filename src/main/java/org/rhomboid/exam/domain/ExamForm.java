package org.rhomboid.exam.domain;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.rhomboid.exam.domain.ThoracicExam.Palpation;
import org.rhomboid.exam.domain.ThoracicExam.Point;
import org.rhomboid.exam.domain.ThoracicExam.Range;
import org.rhomboid.shared.domain.FormReader;

/**
 * The examination form exactly as typed (field name → values) and its validation. The raw form is what is kept
 * and carried forward to the next examination, so nothing typed is lost; the checked exam is what reasoning,
 * screening and the note read. A blank field means "not tested".
 */
public record ExamForm(Map<String, List<String>> fields) {

    public static final int NOTES_LIMIT = 4000;

    /** The posture photo's size in pixels, so the landmarks can be checked to lie on it. */
    public record PhotoSize(int width, int height) {}

    public record Checked(ThoracicExam exam, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public ExamForm {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        fields = Map.copyOf(copy);
    }

    public static ExamForm empty() {
        return new ExamForm(Map.of());
    }

    public String value(String name) {
        return new FormReader(fields).value(name);
    }

    /** The value, or the fallback when the field is blank (templates showing defaults). */
    public String valueOr(String name, String fallback) {
        String value = value(name);
        return value.isEmpty() ? fallback : value;
    }

    private boolean ticked(String name) {
        return !value(name).isEmpty();
    }

    /** The same form with some fields replaced (a new photo, a carried-forward form without the old photo). */
    public ExamForm with(Map<String, String> replacements) {
        Map<String, List<String>> copy = new LinkedHashMap<>(fields);
        replacements.forEach((name, value) -> {
            if (value == null) {
                copy.remove(name);
            } else {
                copy.put(name, List.of(value));
            }
        });
        return new ExamForm(copy);
    }

    public Checked check(PhotoSize photo) {
        FormReader p = new FormReader(fields);
        Map<String, String> errors = p.errors();

        var observation = new ThoracicExam.Observation(p.choice("head", HeadPosition.class),
                p.choice("shoulders", ShoulderLevel.class), p.choice("kyphosis", Kyphosis.class),
                p.number("kyphosisAngle", 0, 120, "an angle from 0 to 120°"), p.choice("scapulae", Scapulae.class),
                p.choice("breathing", Breathing.class), p.choice("gait", Gait.class));
        if (observation.kyphosisAngle() != null && observation.kyphosis() == null) {
            p.error("kyphosis", "Say whether the kyphosis is normal, increased or decreased");
        }

        ThoracicExam.Posture posture = posture(p, photo);

        Map<String, Palpation> palpation = new LinkedHashMap<>();
        for (String site : ExamChoices.PALPATION_SITES) {
            Integer tenderness = p.integer("palp." + site, 0, 3,
                    "a tenderness from 0 to 3 at " + ExamChoices.siteLabel(site));
            boolean spasm = ticked("spasm." + site);
            boolean trigger = ticked("trigger." + site);
            if ((tenderness != null && tenderness > 0) || spasm || trigger) {
                palpation.put(site, new Palpation(tenderness == null ? 0 : tenderness, spasm, trigger));
            }
        }

        Map<Movement, Range> rom = new EnumMap<>(Movement.class);
        for (Movement m : Movement.values()) {
            RomUnit unit = p.choice("romUnit." + m.name(), RomUnit.class);
            Double value = p.number("rom." + m.name(), 0, unit == RomUnit.PERCENT ? 150 : 180,
                    unit == RomUnit.PERCENT ? "a percentage from 0 to 150" : "degrees from 0 to 180");
            PainResponse pain = p.choice("romPain." + m.name(), PainResponse.class);
            boolean limited = ticked("romLimited." + m.name());
            if (value != null || pain != null || limited) {
                // A percentage below 75 % of normal counts as limited (ROM-75, UNCONFIRMED); degrees need the tick.
                boolean belowNormal = value != null && unit == RomUnit.PERCENT && value < Thresholds.ROM_LIMITED_BELOW_PERCENT;
                rom.put(m, new Range(value, value == null ? null : unit == null ? RomUnit.DEGREES : unit,
                        pain == null ? PainResponse.NONE : pain, limited || belowNormal));
            }
        }

        Map<String, Sensation> dermatomes = new LinkedHashMap<>();
        for (String d : ExamChoices.DERMATOMES) {
            for (String side : List.of("L", "R")) {
                Sensation s = p.choice("derm." + d + "." + side, Sensation.class);
                if (s != null) {
                    dermatomes.put(d + "." + side, s);
                }
            }
        }
        String sensoryLevel = value("sensoryLevel");
        if (!sensoryLevel.isEmpty() && !ExamChoices.SEGMENTS.contains(sensoryLevel)) {
            p.error("sensoryLevel", "Choose the level from T1 to T12");
            sensoryLevel = null;
        }
        Map<String, Integer> myotomes = new LinkedHashMap<>();
        for (String root : ExamChoices.MYOTOMES) {
            for (String side : List.of("L", "R")) {
                Integer grade = p.integer("myo." + root + "." + side, 0, 5, "a grade from 0 to 5");
                if (grade != null) {
                    myotomes.put(root + "." + side, grade);
                }
            }
        }
        Map<String, Reflex> reflexes = new LinkedHashMap<>();
        for (ReflexSite site : ReflexSite.values()) {
            for (String side : List.of("L", "R")) {
                Reflex r = p.choice("reflex." + site.name() + "." + side, Reflex.class);
                if (r != null) {
                    reflexes.put(site.name() + "." + side, r);
                }
            }
        }
        Map<UmnSign, TestResult> umn = new EnumMap<>(UmnSign.class);
        for (UmnSign sign : UmnSign.values()) {
            TestResult r = p.choice("umn." + sign.name(), TestResult.class);
            if (r != null) {
                umn.put(sign, r);
            }
        }

        Map<SpecialTest, ThoracicExam.SpecialTestResult> tests = new EnumMap<>(SpecialTest.class);
        for (SpecialTest test : SpecialTest.values()) {
            TestResult r = p.choice("test." + test.name(), TestResult.class);
            Side side = p.choice("testSide." + test.name(), Side.class);
            if (r != null) {
                tests.put(test, new ThoracicExam.SpecialTestResult(r, side));
            } else if (side != null) {
                p.error("test." + test.name(), "Give the result, or clear the side");
            }
        }

        CoreMeasure coreMeasure = p.choice("coreMeasure", CoreMeasure.class);
        Double core = coreMeasure == CoreMeasure.MMT ? p.number("core", 0, 5, "a grade from 0 to 5")
                                                     : p.number("core", 0, 600, "seconds from 0 to 600");
        var strength = new ThoracicExam.Strength(p.number("dnf", 0, 300, "seconds from 0 to 300"),
                sides(p, "serratus"), sides(p, "lowerTrap"), core,
                core == null ? null : coreMeasure == null ? CoreMeasure.SECONDS : coreMeasure);

        Map<String, Mobility> segments = new LinkedHashMap<>();
        Set<String> painful = new LinkedHashSet<>();
        for (String segment : ExamChoices.SEGMENTS) {
            Mobility m = p.choice("pa." + segment, Mobility.class);
            if (m != null) {
                segments.put(segment, m);
            }
            if (ticked("paPain." + segment)) {
                painful.add(segment);
            }
        }
        Map<String, Mobility> ribs = new LinkedHashMap<>();
        for (String rib : ExamChoices.RIBS) {
            Mobility m = p.choice("ribMob." + rib, Mobility.class);
            if (m != null) {
                ribs.put(rib, m);
            }
        }
        String notes = value("notes");
        if (notes.length() > NOTES_LIMIT) {
            p.error("notes", "Use at most " + NOTES_LIMIT + " characters");
        }
        ThoracicExam exam = new ThoracicExam(observation, posture, palpation, rom,
                p.choice("cervicalScreen", Screen.class), p.choice("lumbarScreen", Screen.class), dermatomes,
                sensoryLevel == null || sensoryLevel.isEmpty() ? null : sensoryLevel, myotomes, reflexes, umn, tests,
                strength, segments, painful, ribs, p.choice("pulses", Pulses.class), notes.isEmpty() ? null : notes);
        if (errors.isEmpty() && exam.sectionsExamined() == 0) {
            p.error("exam", "Record at least one part of the examination");
        }
        return new Checked(errors.isEmpty() ? exam : null, Map.copyOf(errors));
    }

    private ThoracicExam.Posture posture(FormReader p, PhotoSize photo) {
        String id = value("photo");
        Double tx = p.number("tragusX", 0, 100_000, "a pixel position");
        Double ty = p.number("tragusY", 0, 100_000, "a pixel position");
        Double cx = p.number("c7X", 0, 100_000, "a pixel position");
        Double cy = p.number("c7Y", 0, 100_000, "a pixel position");
        boolean anyMark = tx != null || ty != null || cx != null || cy != null;
        if (id.isEmpty()) {
            if (anyMark) {
                p.error("photo", "Upload the side-view photo before marking the tragus and C7");
            }
            return null;
        }
        UUID photoId;
        try {
            photoId = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            p.error("photo", "Upload the photo again");
            return null;
        }
        if (tx == null || ty == null) {
            p.error("tragus", "Click the tragus of the ear on the photo");
        }
        if (cx == null || cy == null) {
            p.error("c7", "Click the spinous process of C7 on the photo");
        }
        if (tx == null || ty == null || cx == null || cy == null) {
            return null;
        }
        if (photo != null && (tx > photo.width() || ty > photo.height())) {
            p.error("tragus", "Mark the tragus on the photo itself");
            return null;
        }
        if (photo != null && (cx > photo.width() || cy > photo.height())) {
            p.error("c7", "Mark C7 on the photo itself");
            return null;
        }
        if (ty >= cy) {
            p.error("tragus", "The tragus must be above C7: mark the ear, then the base of the neck");
            return null;
        }
        return new ThoracicExam.Posture(photoId, new Point(tx, ty), new Point(cx, cy));
    }

    private Map<Side, Integer> sides(FormReader p, String name) {
        Map<Side, Integer> grades = new EnumMap<>(Side.class);
        Integer left = p.integer(name + ".L", 0, 5, "a grade from 0 to 5");
        Integer right = p.integer(name + ".R", 0, 5, "a grade from 0 to 5");
        if (left != null) {
            grades.put(Side.LEFT, left);
        }
        if (right != null) {
            grades.put(Side.RIGHT, right);
        }
        return grades;
    }
}
