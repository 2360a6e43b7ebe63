package org.rhomboid.exam.domain;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The fixed answers of the structured thoracic examination, in the words therapists chart them. */
public final class ExamChoices {

    private ExamChoices() {
    }

    /** Anything offered in a select: a code and what the therapist reads. */
    public interface Labelled {
        String name();

        String label();
    }

    public enum HeadPosition implements Labelled {
        NEUTRAL("Neutral"), FORWARD("Forward head");
        private final String label;
        HeadPosition(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum ShoulderLevel implements Labelled {
        LEVEL("Level"), LEFT_HIGHER("Left higher"), RIGHT_HIGHER("Right higher");
        private final String label;
        ShoulderLevel(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum Kyphosis implements Labelled {
        NORMAL("Normal"), INCREASED("Increased"), DECREASED("Decreased (flat)");
        private final String label;
        Kyphosis(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum Scapulae implements Labelled {
        SYMMETRIC("Symmetric"), LEFT_WINGING("Left winging"), RIGHT_WINGING("Right winging"),
        BOTH_WINGING("Winging both sides"), PROTRACTED("Protracted both sides");
        private final String label;
        Scapulae(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum Breathing implements Labelled {
        DIAPHRAGMATIC("Diaphragmatic"), APICAL("Apical (upper chest)"), PARADOXICAL("Paradoxical");
        private final String label;
        Breathing(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum Gait implements Labelled {
        NORMAL("Normal"), UNSTEADY("Unsteady or ataxic");
        private final String label;
        Gait(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum Movement implements Labelled {
        FLEXION("Flexion"), EXTENSION("Extension"), ROTATION_LEFT("Rotation left"), ROTATION_RIGHT("Rotation right"),
        SIDE_BENDING_LEFT("Side bending left"), SIDE_BENDING_RIGHT("Side bending right");
        private final String label;
        Movement(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum RomUnit implements Labelled {
        DEGREES("°"), PERCENT("% of normal");
        private final String label;
        RomUnit(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum PainResponse implements Labelled {
        NONE("No pain"), PAIN("Pain"), FAMILIAR_PAIN("Reproduces their pain");
        private final String label;
        PainResponse(String label) { this.label = label; }
        public String label() { return label; }
    }

    /** A quick screen of the neighbouring region. */
    public enum Screen implements Labelled {
        NORMAL("Clear"), LIMITED("Limited, no thoracic pain"), REPRODUCES_PAIN("Reproduces the thoracic pain");
        private final String label;
        Screen(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum Sensation implements Labelled {
        NORMAL("Normal"), REDUCED("Reduced"), ABSENT("Absent"), HEIGHTENED("Heightened");
        private final String label;
        Sensation(String label) { this.label = label; }
        public String label() { return label; }

        public boolean impaired() { return this == REDUCED || this == ABSENT; }
    }

    public enum Reflex implements Labelled {
        NORMAL("Normal"), DIMINISHED("Diminished"), ABSENT("Absent"), BRISK("Brisk");
        private final String label;
        Reflex(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum ReflexSite implements Labelled {
        BICEPS("Biceps (C5)"), BRACHIORADIALIS("Brachioradialis (C6)"), TRICEPS("Triceps (C7)"),
        PATELLAR("Patellar (L4)"), ACHILLES("Achilles (S1)");
        private final String label;
        ReflexSite(String label) { this.label = label; }
        public String label() { return label; }
    }

    /** Upper-motor-neuron signs: any positive one suggests cord involvement. */
    public enum UmnSign implements Labelled {
        BABINSKI("Babinski"), CLONUS("Ankle clonus"), HOFFMANN("Hoffmann");
        private final String label;
        UmnSign(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum TestResult implements Labelled {
        NEGATIVE("Negative"), POSITIVE("Positive");
        private final String label;
        TestResult(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum Side implements Labelled {
        LEFT("Left"), RIGHT("Right"), BOTH("Both");
        private final String label;
        Side(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum SpecialTest implements Labelled {
        RIB_SPRINGING("Rib springing"), THORACIC_SLUMP("Thoracic slump"),
        UPPER_LIMB_TENSION("Upper-limb tension test (median)"),
        CERVICAL_ROTATION_LATERAL_FLEXION("Cervical rotation–lateral flexion (first rib)"),
        SPURLING("Spurling");
        private final String label;
        SpecialTest(String label) { this.label = label; }
        public String label() { return label; }
    }

    /** Posterior-anterior springing of a segment or mobility of a rib. */
    public enum Mobility implements Labelled {
        NORMAL("Normal"), HYPO("Hypomobile"), HYPER("Hypermobile");
        private final String label;
        Mobility(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum Pulses implements Labelled {
        EQUAL("Equal"), DEFICIT("Deficit or asymmetry");
        private final String label;
        Pulses(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum CoreMeasure implements Labelled {
        MMT("MMT 0–5"), SECONDS("Hold, seconds");
        private final String label;
        CoreMeasure(String label) { this.label = label; }
        public String label() { return label; }
    }

    /** Thoracic segments, T1 to T12. */
    public static final List<String> SEGMENTS = IntStream.rangeClosed(1, 12).mapToObj(i -> "T" + i).toList();

    /** Dermatomes screened: the lower cervical (arm), thoracic (trunk) and lumbosacral (leg) ones. */
    public static final List<String> DERMATOMES = Stream.of(List.of("C5", "C6", "C7", "C8"), SEGMENTS,
            List.of("L2", "L3", "L4", "L5", "S1")).flatMap(List::stream).toList();

    public static final List<String> MYOTOMES = List.of("C5", "C6", "C7", "C8", "T1", "L2", "L3", "L4", "L5", "S1");

    public static final List<String> LOWER_LIMB_ROOTS = List.of("L2", "L3", "L4", "L5", "S1");

    /** Ribs by number and side: R1L … R12L, R1R … R12R. */
    public static String rib(int number, Side side) {
        return "R" + number + (side == Side.LEFT ? "L" : "R");
    }

    public static final List<String> RIBS = Stream.of(Side.LEFT, Side.RIGHT)
            .flatMap(side -> IntStream.rangeClosed(1, 12).mapToObj(i -> rib(i, side))).toList();

    /** Everything the palpation diagram can mark: the 12 spinous processes and 24 ribs. */
    public static final List<String> PALPATION_SITES = Stream.concat(SEGMENTS.stream(), RIBS.stream()).toList();

    /** A site code in words: "T5", "Rib 5 left". */
    public static String siteLabel(String site) {
        if (site.startsWith("T")) {
            return site;
        }
        return "Rib " + site.substring(1, site.length() - 1) + (site.endsWith("L") ? " left" : " right");
    }
}
