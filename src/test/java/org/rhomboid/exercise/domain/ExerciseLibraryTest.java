package org.rhomboid.exercise.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rhomboid.reasoning.domain.Classification;
import org.w3c.dom.Document;

class ExerciseLibraryTest {

    /** Lowest a body point may be drawn: the floor is at 150, a stroke's half-width may rest on it. */
    private static final double LOWEST = 152;

    /** The exercises the product brief names, and the companions the library promises, by code. */
    private static final List<String> REQUIRED = List.of(
            "thoracic-extension-foam-roller", "cat-cow", "thread-the-needle", "resistance-band-row",
            "deep-neck-flexor-chin-nod", "front-plank", "bird-dog", "diaphragmatic-breathing",
            "open-book-rotation", "prone-y", "prone-t", "prone-w", "serratus-wall-slide", "serratus-punch",
            "doorway-pec-stretch", "wall-angels", "seated-thoracic-rotation", "rib-expansion-breathing",
            "side-plank-knees", "scapular-retraction", "chin-tuck-sitting", "upper-trapezius-stretch",
            "levator-scapulae-stretch", "band-pull-apart", "quadruped-thoracic-rotation", "childs-pose-side-reach",
            "seated-thoracic-extension", "wall-push-up-plus", "dead-bug", "mcgill-curl-up",
            "seated-posture-correction", "graded-walking", "pain-education", "desk-ergonomics");

    static Stream<Arguments> exercises() {
        return ExerciseLibrary.builtIn().stream().map(e -> Arguments.of(Named.of(e.code(), e)));
    }

    @Test
    void theLibraryHasAtLeastThirtyExercisesWithUniqueCodes() {
        List<String> codes = ExerciseLibrary.builtIn().stream().map(Exercise::code).toList();
        assertThat(codes).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        assertThat(codes).allMatch(code -> code.matches("[a-z0-9]+(-[a-z0-9]+)*"), "lower-case words with hyphens");
    }

    @Test
    void everyNamedExerciseIsThere() {
        assertThat(ExerciseLibrary.builtIn().stream().map(Exercise::code)).containsAll(REQUIRED);
        assertThat(ExerciseLibrary.builtIn("cat-cow")).isPresent();
        assertThat(ExerciseLibrary.builtIn("no-such-exercise")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void everyExerciseIsComplete(Exercise e) {
        assertThat(e.name()).isNotBlank();
        assertThat(e.purpose()).isNotBlank();
        assertThat(e.category()).isNotNull();
        assertThat(e.steps()).hasSizeGreaterThanOrEqualTo(2).allMatch(s -> !s.isBlank());
        assertThat(e.dosage()).isNotNull();
        assertThat(e.cautions()).isNotEmpty();
        assertThat(e.start()).as("start and end poses differ").isNotEqualTo(e.end());
        assertThat(e.builtIn()).isTrue();
        if (e.category() != Category.EDUCATION) {
            assertThat(e.suits()).isNotEmpty();
        }
        assertThat(e.suits()).doesNotContain(Classification.SUSPECTED_SERIOUS_PATHOLOGY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void builtInTextKeepsToTheHouseStyle(Exercise e) {
        assertThat(e.steps()).hasSizeBetween(3, 5);
        assertThat(e.progressions()).isNotEmpty();
        assertThat(e.regressions()).isNotEmpty();
    }

    @Test
    void theCurlUpIsLoadedFlexionSoItCanBeKeptFromSuspectedFractures() {
        Exercise curlUp = ExerciseLibrary.builtIn("mcgill-curl-up").orElseThrow();
        assertThat(curlUp.movements()).contains(Movement.LOADED_FLEXION, Movement.SUSTAINED_HOLD);
    }

    @Test
    void movementsAreDeclaredWhereTheBriefSaysSo() {
        assertThat(movements("cat-cow")).contains(Movement.END_RANGE_FLEXION);
        assertThat(movements("open-book-rotation")).contains(Movement.END_RANGE_ROTATION);
        assertThat(movements("thread-the-needle")).contains(Movement.END_RANGE_ROTATION);
        assertThat(movements("thoracic-extension-foam-roller")).contains(Movement.PRESSURE_ON_SPINE);
        assertThat(movements("prone-y")).contains(Movement.PRONE_LYING);
        assertThat(movements("prone-t")).contains(Movement.PRONE_LYING);
        assertThat(movements("prone-w")).contains(Movement.PRONE_LYING);
        assertThat(movements("front-plank")).contains(Movement.ARM_WEIGHT_BEARING, Movement.SUSTAINED_HOLD);
        assertThat(movements("side-plank-knees")).contains(Movement.ARM_WEIGHT_BEARING, Movement.SUSTAINED_HOLD);
        assertThat(movements("resistance-band-row")).contains(Movement.RESISTED);
        assertThat(movements("band-pull-apart")).contains(Movement.RESISTED);
        assertThat(movements("childs-pose-side-reach")).contains(Movement.END_RANGE_FLEXION);
        assertThat(ExerciseLibrary.builtIn().stream().filter(e -> e.movements().contains(Movement.LOADED_FLEXION))
                .map(Exercise::code)).containsExactly("mcgill-curl-up");
    }

    @Test
    void educationIsCategorisedAsSuchAndHasAPose() {
        assertThat(ExerciseLibrary.builtIn("pain-education").orElseThrow().category()).isEqualTo(Category.EDUCATION);
        Exercise desk = ExerciseLibrary.builtIn("desk-ergonomics").orElseThrow();
        assertThat(desk.category()).isEqualTo(Category.EDUCATION);
        assertThat(desk.props()).contains(Prop.TABLE, Prop.CHAIR);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void everyExerciseDrawsAsWellFormedSvg(Exercise e) {
        Document still = SvgAssertions.parse(FigureRenderer.still(e.start(), e.props(), e.name()));
        Document animated = SvgAssertions.parse(FigureRenderer.animated(e));
        Document pair = SvgAssertions.parse(FigureRenderer.startAndEnd(e));
        for (Document d : List.of(still, animated, pair)) {
            assertThat(d.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(d.getElementsByTagNameNS("*", "title").item(0).getTextContent()).contains(e.name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void theWholeFigureStaysInTheFrameAndAboveTheFloorThroughoutTheMovement(Exercise e) {
        List<String> problems = new ArrayList<>();
        for (double fraction : new double[]{0, 0.25, 0.5, 0.75, 1}) {
            Pose pose = e.start().towards(e.end(), fraction);
            outside(pose).forEach(p -> problems.add("at " + fraction + ": " + p));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aMalformedLineIsRejectedWithItsLineNumber() {
        assertThatThrownBy(() -> ExerciseLibrary.read("/exercise/malformed-line.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 7")
                .hasMessageContaining("expected \"key: value\"");
    }

    @Test
    void aBlockWithABadPoseIsRejectedWithTheLineItStartsOn() {
        assertThatThrownBy(() -> ExerciseLibrary.read("/exercise/bad-pose.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("knee must be between 0 and 160");
    }

    @Test
    void aBlockMissingItsDosageIsRejected() {
        assertThatThrownBy(() -> ExerciseLibrary.read("/exercise/no-dosage.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("needs exactly one \"dosage\"");
    }

    @Test
    void aCodeUsedTwiceIsRejected() {
        assertThatThrownBy(() -> ExerciseLibrary.read("/exercise/duplicate-code.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("twice-over appears twice");
    }

    @Test
    void aWellFormedTestLibraryReadsEveryField() {
        List<Exercise> read = ExerciseLibrary.read("/exercise/one-exercise.txt");
        assertThat(read).hasSize(1);
        Exercise e = read.get(0);
        assertThat(e.code()).isEqualTo("sample");
        assertThat(e.steps()).containsExactly("First.", "Second: with a colon.");
        assertThat(e.dosage()).isEqualTo(new Dosage(2, 10, 3, null, 1, 7));
        assertThat(e.movements()).containsExactlyInAnyOrder(Movement.RESISTED, Movement.SUSTAINED_HOLD);
        assertThat(e.props()).isEmpty();
        assertThat(e.suits()).containsExactly(Classification.HYPERKYPHOSIS);
    }

    private static Set<Movement> movements(String code) {
        return ExerciseLibrary.builtIn(code).orElseThrow().movements();
    }

    /** Every point of the drawn figure outside the 240 × 160 frame or below the floor. */
    static List<String> outside(Pose pose) {
        double r = FigureRenderer.headRadius();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, double[]> point : FigureRenderer.points(pose).entrySet()) {
            double margin = point.getKey().equals("head") ? r : 0;
            double x = point.getValue()[0];
            double y = point.getValue()[1];
            if (x - margin < 0 || x + margin > 240 || y - margin < 0 || y + margin > LOWEST) {
                problems.add(point.getKey() + " at " + Math.round(x) + "," + Math.round(y));
            }
        }
        return problems;
    }

    @Test
    void allPointsOfAStandingFigureAreNamed() {
        Pose standing = Pose.parse("x=120 y=86 trunk=90");
        assertThat(FigureRenderer.points(standing).keySet().stream().collect(Collectors.toSet()))
                .contains("head", "hand", "hand2", "toe", "toe2", "hip", "shoulder");
        assertThat(outside(standing)).isEmpty();
    }
}
