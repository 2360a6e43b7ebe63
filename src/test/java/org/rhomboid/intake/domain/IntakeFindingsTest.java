package org.rhomboid.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rhomboid.screening.domain.Finding;

class IntakeFindingsTest {

    @Test
    void everyPatientReportableFindingIsAskedExactlyOnceSomewhere() {
        Set<Finding> asked = new HashSet<>(IntakeFindings.redFlagQuestions());
        Set<Finding> capturedElsewhere = Set.of(Finding.HISTORY_OF_CANCER, Finding.OSTEOPOROSIS, Finding.DIABETES,
                Finding.LONG_TERM_CORTICOSTEROIDS, Finding.ANTICOAGULANTS, Finding.PACEMAKER_OR_IMPLANTED_DEVICE,
                Finding.PREGNANCY, Finding.BAND_LIKE_TRUNK_PAIN, Finding.PAIN_WORSE_LYING_FLAT);
        assertThat(asked).doesNotContainAnyElementsOf(capturedElsewhere);
        Set<Finding> all = new HashSet<>(asked);
        all.addAll(capturedElsewhere);
        assertThat(all).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Finding.values()).filter(Finding::patientReportable).toList());
    }

    @Test
    void answersBecomeFindingsWithoutAskingTwice() {
        var f = IntakeFormTest.complete();
        f.put("flag.UNEXPLAINED_WEIGHT_LOSS", List.of("yes"));
        f.put("flag.FEVER", List.of("yes"));
        f.put("comorbidity", List.of("OSTEOPOROSIS", "CANCER", "HEART_DISEASE"));
        f.put("medication", List.of("ANTICOAGULANTS"));
        f.put("implantedDevice", List.of("yes"));
        f.put("painType.INTERSCAPULAR", List.of("BAND_LIKE"));
        f.put("aggravator", List.of("LYING_FLAT"));
        IntakeAnswers answers = IntakeFormTest.check(f).answers();
        assertThat(IntakeFindings.from(answers)).containsExactlyInAnyOrder(Finding.UNEXPLAINED_WEIGHT_LOSS,
                Finding.FEVER, Finding.OSTEOPOROSIS, Finding.HISTORY_OF_CANCER, Finding.ANTICOAGULANTS,
                Finding.PACEMAKER_OR_IMPLANTED_DEVICE, Finding.BAND_LIKE_TRUNK_PAIN, Finding.PAIN_WORSE_LYING_FLAT);
    }

    @Test
    void aQuietIntakeGivesNoFindings() {
        assertThat(IntakeFindings.from(IntakeFormTest.check(IntakeFormTest.complete()).answers())).isEmpty();
    }
}
