package org.rhomboid.intake.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rhomboid.intake.domain.Choices.Aggravator;
import org.rhomboid.intake.domain.Choices.Comorbidity;
import org.rhomboid.intake.domain.Choices.Medication;
import org.rhomboid.screening.domain.Finding;

/**
 * Turns the patient's answers into screening findings, so the story is told once. Findings the history,
 * body chart or aggravating-activity sections already capture are not asked again as red-flag questions.
 */
public final class IntakeFindings {

    /** Captured elsewhere in the intake: medical history, medications, the body chart, aggravating activities. */
    private static final Set<Finding> CAPTURED_ELSEWHERE = EnumSet.of(Finding.HISTORY_OF_CANCER, Finding.OSTEOPOROSIS,
            Finding.DIABETES, Finding.LONG_TERM_CORTICOSTEROIDS, Finding.ANTICOAGULANTS,
            Finding.PACEMAKER_OR_IMPLANTED_DEVICE, Finding.PREGNANCY, Finding.BAND_LIKE_TRUNK_PAIN,
            Finding.PAIN_WORSE_LYING_FLAT);

    private IntakeFindings() {
    }

    /** The yes/no red-flag questions the intake asks, in vocabulary order. */
    public static List<Finding> redFlagQuestions() {
        return Arrays.stream(Finding.values())
                .filter(Finding::patientReportable)
                .filter(f -> !CAPTURED_ELSEWHERE.contains(f))
                .toList();
    }

    public static Set<Finding> from(IntakeAnswers answers) {
        Set<Finding> findings = new LinkedHashSet<>();
        answers.redFlagAnswers().forEach((finding, yes) -> {
            if (Boolean.TRUE.equals(yes)) {
                findings.add(finding);
            }
        });
        if (answers.comorbidities().contains(Comorbidity.CANCER)) {
            findings.add(Finding.HISTORY_OF_CANCER);
        }
        if (answers.comorbidities().contains(Comorbidity.OSTEOPOROSIS)) {
            findings.add(Finding.OSTEOPOROSIS);
        }
        if (answers.comorbidities().contains(Comorbidity.DIABETES)) {
            findings.add(Finding.DIABETES);
        }
        if (answers.medications().contains(Medication.LONG_TERM_CORTICOSTEROIDS)) {
            findings.add(Finding.LONG_TERM_CORTICOSTEROIDS);
        }
        if (answers.medications().contains(Medication.ANTICOAGULANTS)) {
            findings.add(Finding.ANTICOAGULANTS);
        }
        if (answers.implantedDevice()) {
            findings.add(Finding.PACEMAKER_OR_IMPLANTED_DEVICE);
        }
        if (answers.pregnant()) {
            findings.add(Finding.PREGNANCY);
        }
        if (answers.painMap().containsValue(PainType.BAND_LIKE)) {
            findings.add(Finding.BAND_LIKE_TRUNK_PAIN);
        }
        if (answers.aggravators().contains(Aggravator.LYING_FLAT)) {
            findings.add(Finding.PAIN_WORSE_LYING_FLAT);
        }
        return findings;
    }
}
