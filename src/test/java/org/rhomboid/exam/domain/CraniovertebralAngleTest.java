package org.rhomboid.exam.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rhomboid.exam.domain.ThoracicExam.Point;

class CraniovertebralAngleTest {

    @Test
    void equalRiseAndRunIsFortyFiveDegrees() {
        assertThat(CraniovertebralAngle.of(new Point(100, 100), new Point(200, 200))).isEqualTo(45.0);
    }

    @Test
    void aTragusStraightAboveC7IsNinetyDegrees() {
        assertThat(CraniovertebralAngle.of(new Point(200, 50), new Point(200, 200))).isEqualTo(90.0);
    }

    @Test
    void thePatientMayFaceEitherWay() {
        Point c7 = new Point(200, 200);
        double facingLeft = CraniovertebralAngle.of(new Point(100, 120), c7);
        double facingRight = CraniovertebralAngle.of(new Point(300, 120), c7);
        assertThat(facingLeft).isEqualTo(facingRight).isEqualTo(38.7);
    }

    @Test
    void imageYGrowsDownwardsSoAHeadFarForwardGivesASmallAngle() {
        // rise 50 px, run 100 px: atan(0.5) = 26.565…°, rounded to a tenth
        assertThat(CraniovertebralAngle.of(new Point(100, 150), new Point(200, 200))).isEqualTo(26.6);
        // rise 100 px, run 50 px: 63.434…°
        assertThat(CraniovertebralAngle.of(new Point(150, 100), new Point(200, 200))).isEqualTo(63.4);
    }

    @Test
    void aTragusBelowOrLevelWithC7IsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CraniovertebralAngle.of(new Point(100, 250), new Point(200, 200)))
                .withMessage("The tragus must be above C7");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CraniovertebralAngle.of(new Point(100, 200), new Point(200, 200)));
    }

    @Test
    void theFiftyDegreeResearchConventionIsStrictlyBelowFifty() {
        assertThat(CraniovertebralAngle.forwardHead(49.9)).isTrue();
        assertThat(CraniovertebralAngle.forwardHead(50.0)).isFalse();
        assertThat(CraniovertebralAngle.forwardHead(55.0)).isFalse();
    }

    @Test
    void thePostureRecordMeasuresItsOwnLandmarks() {
        var posture = new ThoracicExam.Posture(UUID.randomUUID(), new Point(100, 100), new Point(200, 200));
        assertThat(posture.craniovertebralAngle()).isEqualTo(45.0);
    }
}
