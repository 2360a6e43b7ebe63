package org.rhomboid.exercise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class FigureRendererTest {

    private static final Pose STANDING = Pose.parse("x=120 y=86 trunk=90");

    @Test
    void aStandingFigureHasItsHeadAboveItsHipsAndItsFeetOnTheFloor() {
        double[] head = FigureRenderer.points(STANDING).get("head");
        double[] hip = FigureRenderer.points(STANDING).get("hip");
        double[] toe = FigureRenderer.points(STANDING).get("toe");
        assertThat(head[1]).isLessThan(hip[1] - 50);
        assertThat(head[0]).isCloseTo(hip[0], org.assertj.core.data.Offset.offset(0.5));
        assertThat(toe[1]).isBetween(145.0, 150.0);
        assertThat(toe[0]).as("toes point the way the figure faces").isGreaterThan(hip[0]);
    }

    @Test
    void bendingTheThoraxForwardMovesTheHeadForward() {
        Pose bent = Pose.parse("x=120 y=86 trunk=90 thorax=30");
        double upright = FigureRenderer.points(STANDING).get("head")[0];
        assertThat(FigureRenderer.points(bent).get("head")[0]).isGreaterThan(upright + 10);
        Pose arched = Pose.parse("x=120 y=86 trunk=90 thorax=-20");
        assertThat(FigureRenderer.points(arched).get("head")[0]).isLessThan(upright - 5);
    }

    @Test
    void flexionOfTheShoulderAndHipReachesForward() {
        var points = FigureRenderer.points(Pose.parse("x=120 y=116 trunk=90 shoulder=90 hip=90 knee=90"));
        double[] shoulder = points.get("shoulder");
        assertThat(points.get("hand")[0]).isGreaterThan(shoulder[0] + 30);
        assertThat(points.get("hand")[1]).isCloseTo(shoulder[1], org.assertj.core.data.Offset.offset(0.5));
        assertThat(points.get("knee")[0]).as("sitting: thigh forward").isGreaterThan(120 + 30);
        assertThat(points.get("ankle")[1]).as("shank down").isGreaterThan(points.get("knee")[1] + 30);
    }

    @Test
    void lyingOnTheBackPutsTheHeadLeftAndTheFaceUp() {
        var points = FigureRenderer.points(Pose.parse("x=150 y=142 trunk=180"));
        assertThat(points.get("head")[0]).isLessThan(150 - 40);
        assertThat(points.get("nose")[1]).isLessThan(points.get("head")[1]);
    }

    @Test
    void theStillIsAnAccessibleSelfContainedSvg() {
        String svg = FigureRenderer.still(STANDING, Set.of(), "Standing tall");
        Document doc = SvgAssertions.parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getAttribute("viewBox")).matches("0 \\d+ 240 \\d+");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getFirstChild().getNodeName()).isEqualTo("title");
        assertThat(root.getFirstChild().getTextContent()).isEqualTo("Standing tall");
        assertThat(svg).doesNotContain("<script", "href", "<animate", "url(", "<style", "var(");
        assertThat(svg).contains("<circle", "stroke-linecap=\"round\"");
    }

    @Test
    void aFigureLyingOnTheFloorFillsItsPictureAndTallPropsKeepTheWholeFrame() {
        Pose lying = Pose.parse("x=150 y=142 trunk=180");
        String viewBox = SvgAssertions.parse(FigureRenderer.still(lying, Set.of(Prop.MAT), "Lying"))
                .getDocumentElement().getAttribute("viewBox");
        int top = Integer.parseInt(viewBox.split(" ")[1]);
        assertThat(top).isEqualTo(160 - FigureRenderer.MIN_HEIGHT);
        for (double[] point : FigureRenderer.points(lying).values()) {
            assertThat(point[1] - FigureRenderer.headRadius()).isGreaterThanOrEqualTo(top);
        }
        assertThat(FigureRenderer.still(lying, Set.of(Prop.WALL), "Lying by a wall")).contains("viewBox=\"0 0 240 160\"");
        String pair = FigureRenderer.startAndEnd(ExerciseLibrary.builtIn("cat-cow").orElseThrow());
        assertThat(SvgAssertions.parse(pair).getDocumentElement().getAttribute("viewBox")).isNotEqualTo("0 0 500 178");
    }

    @Test
    void titlesAreEscaped() {
        String svg = FigureRenderer.still(STANDING, Set.of(), "Rows & \"pulls\" <fast> 'now'");
        assertThat(svg).contains("<title>Rows &amp; &quot;pulls&quot; &lt;fast&gt; &apos;now&apos;</title>");
        assertThat(SvgAssertions.parse(svg).getDocumentElement().getFirstChild().getTextContent())
                .isEqualTo("Rows & \"pulls\" <fast> 'now'");
    }

    @Test
    void aBlankTitleStillGivesTheImageAName() {
        assertThat(FigureRenderer.still(STANDING, null, " ")).contains("<title>Exercise figure</title>");
    }

    @Test
    void theAnimationLoopsStartToEndAndBackEveryFourSeconds() {
        Exercise row = ExerciseLibrary.builtIn("resistance-band-row").orElseThrow();
        String svg = FigureRenderer.animated(row);
        SvgAssertions.parse(svg);
        assertThat(svg).contains("<animate", "repeatCount=\"indefinite\"", "dur=\"4s\"");
        // Each animated attribute starts and ends on the start pose, so the loop has no jump, and turns at the end
        // pose half way round, coming back the way it went.
        String values = svg.substring(svg.indexOf("values=\"") + 8);
        String[] frames = values.substring(0, values.indexOf('"')).split(";");
        int half = frames.length / 2;
        assertThat(frames.length).isOdd().isGreaterThan(8);
        assertThat(frames[0]).isEqualTo(frames[frames.length - 1]).isNotEqualTo(frames[half]);
        assertThat(frames[half - 1]).isEqualTo(frames[half + 1]);
        assertThat(svg).contains("values=\"" + String.join(";", frames) + "\"");
    }

    @Test
    void theHandoutPairShowsBothPositionsWithoutAnimation() {
        Exercise catCow = ExerciseLibrary.builtIn("cat-cow").orElseThrow();
        String svg = FigureRenderer.startAndEnd(catCow);
        Document doc = SvgAssertions.parse(svg);
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).startsWith("0 0 500 ");
        assertThat(svg).contains(">Start</text>", ">End</text>").doesNotContain("<animate", "<use", "<style");
        assertThat(doc.getElementsByTagNameNS("*", "g").getLength()).isEqualTo(2);
    }

    @Test
    void everyPropDrawsAndMovesWithTheFigureWhereItShould() {
        Pose start = Pose.parse("x=100 y=86 trunk=90 shoulder=60");
        Pose end = Pose.parse("x=100 y=86 trunk=90 shoulder=-30 elbow=100");
        for (Prop prop : Prop.values()) {
            Exercise e = exercise(start, end, EnumSet.of(prop));
            SvgAssertions.parse(FigureRenderer.still(start, Set.of(prop), prop.label()));
            SvgAssertions.parse(FigureRenderer.animated(e));
            SvgAssertions.parse(FigureRenderer.startAndEnd(e));
        }
        String withRoller = FigureRenderer.still(Pose.parse("x=150 y=140 trunk=152 thorax=-28"),
                Set.of(Prop.FOAM_ROLLER), "Roller");
        assertThat(withRoller).contains("fill=\"#f3d9a4\"");
        String band = FigureRenderer.animated(exercise(start, end, EnumSet.of(Prop.BAND)));
        assertThat(band).contains("stroke=\"#d9822b\"");
    }

    @Test
    void aBandBetweenHandsThatMoveApartHasNoAnchor() {
        Pose together = Pose.parse("x=100 y=86 trunk=90 shoulder=90 shoulder2=90");
        Pose apart = Pose.parse("x=100 y=86 trunk=90 shoulder=105 shoulder2=75");
        String rowLike = FigureRenderer.startAndEnd(exercise(Pose.parse("x=100 y=86 trunk=90 shoulder=60 shoulder2=60"),
                Pose.parse("x=100 y=86 trunk=90 shoulder=-35 elbow=110 shoulder2=-35 elbow2=110"),
                EnumSet.of(Prop.BAND)));
        String pullApart = FigureRenderer.startAndEnd(exercise(together, apart, EnumSet.of(Prop.BAND)));
        // The anchor is drawn as a small rect with the prop fill; a pull-apart has none.
        assertThat(count(rowLike, "fill=\"#e8edf1\"")).isEqualTo(2);
        assertThat(count(pullApart, "fill=\"#e8edf1\"")).isZero();
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static Exercise exercise(Pose start, Pose end, Set<Prop> props) {
        return new Exercise("c-test", "Test & check", Category.STRENGTH, "Testing.", List.of("One.", "Two."),
                new Dosage(1, 10, null, null, 1, 7), List.of(), List.of(), List.of("Careful."), Set.of(), Set.of(),
                props, start, end, false);
    }
}
