package org.rhomboid.exercise.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PoseTest {

    @Test
    void parseAndFormatRoundTrip() {
        String text = "x=150 y=140 trunk=152 thorax=-28 neck=0 shoulder=100 elbow=143 shoulder2=100 elbow2=143 "
                + "hip=73 knee=105 hip2=73 knee2=105";
        Pose pose = Pose.parse(text);
        assertThat(pose.format()).isEqualTo(text);
        assertThat(Pose.parse(pose.format())).isEqualTo(pose);
    }

    @Test
    void keysMayComeInAnyOrderAndLeftOutOnesAreZero() {
        Pose pose = Pose.parse("  trunk=90   X=120 y=86 knee=10 ");
        assertThat(pose).isEqualTo(new Pose(120, 86, 90, 0, 0, 0, 0, 0, 0, 0, 10, 0, 0));
        assertThat(pose.format()).isEqualTo("x=120 y=86 trunk=90 thorax=0 neck=0 shoulder=0 elbow=0 shoulder2=0 "
                + "elbow2=0 hip=0 knee=10 hip2=0 knee2=0");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "x=120 y=86 trunk=90 wrist=10 | Unknown part \"wrist=10\": use x, y, trunk",
            "x=120 y=86 trunk=90 shoulder | Unknown part \"shoulder\"",
            "y=86 trunk=90 | Give at least x, y and trunk",
            "x=120 trunk=90 | Give at least x, y and trunk",
            "x=120 y=86 trunk=90 knee=170 | knee must be between 0 and 160",
            "x=300 y=86 trunk=90 | x must be between 0 and 240",
            "x=120 y=86 trunk=90 thorax=-61 | thorax must be between -60 and 90",
            "x=120 y=86 trunk=90 x=121 | x is given twice",
            "x=120 y=86 trunk=ninety | trunk must be a whole number of degrees"})
    void badPosesAreRejectedWithAMessage(String text, String message) {
        assertThatThrownBy(() -> Pose.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
        assertThat(Pose.check(text)).contains(message);
    }

    @Test
    void blankAndOverlongTextIsRejected() {
        assertThat(Pose.check(" ")).startsWith("Describe the pose");
        assertThat(Pose.check(null)).startsWith("Describe the pose");
        assertThat(Pose.check("x=1 ".repeat(101))).isEqualTo("A pose is at most 400 characters");
    }

    @Test
    void aSoundPoseHasNoProblem() {
        assertThat(Pose.check("x=120 y=86 trunk=90")).isNull();
    }

    @Test
    void theConstructorRefusesOutOfRangeAngles() {
        assertThatThrownBy(() -> new Pose(120, 86, 90, 0, 0, 0, -1, 0, 0, 0, 0, 0, 0))
                .hasMessage("elbow must be between 0 and 160");
    }

    @Test
    void towardsInterpolatesEveryJointAndRounds() {
        Pose a = Pose.parse("x=100 y=86 trunk=90 shoulder=0");
        Pose b = Pose.parse("x=110 y=86 trunk=80 shoulder=91");
        assertThat(a.towards(b, 0)).isEqualTo(a);
        assertThat(a.towards(b, 1)).isEqualTo(b);
        Pose half = a.towards(b, 0.5);
        assertThat(half.x()).isEqualTo(105);
        assertThat(half.trunk()).isEqualTo(85);
        assertThat(half.shoulder()).isEqualTo(46);
    }
}
