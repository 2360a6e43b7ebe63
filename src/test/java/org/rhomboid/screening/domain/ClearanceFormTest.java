package org.rhomboid.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rhomboid.shared.domain.TestDates;

class ClearanceFormTest {

    private static final LocalDate ONSET = LocalDate.of(2026, 11, 20);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 14);

    private static Map<String, List<String>> form(String method, String date, String note) {
        Map<String, List<String>> fields = new HashMap<>();
        fields.put("method", List.of(method));
        fields.put("resultDate", List.of(date));
        fields.put("note", List.of(note));
        return fields;
    }

    private static ClearanceForm.Checked check(Map<String, List<String>> fields, Disposition level, boolean withFile) {
        return ClearanceForm.check(fields, level, ONSET, TODAY, TestDates.US, withFile);
    }

    @Test
    void aCompleteOutcomeIsRead() {
        UUID report = UUID.randomUUID();
        Map<String, List<String>> fields = form("IMAGING", "2026-12-12", " MRI: no fracture ");
        fields.put("documentId", List.of(report.toString()));
        ClearanceForm.Checked checked = check(fields, Disposition.URGENT_REFERRAL, false);
        assertThat(checked.valid()).isTrue();
        assertThat(checked.method()).isEqualTo(ClearanceMethod.IMAGING);
        assertThat(checked.resultDate()).isEqualTo(LocalDate.of(2026, 12, 12));
        assertThat(checked.note()).isEqualTo("MRI: no fracture");
        assertThat(checked.documentId()).isEqualTo(report);
    }

    @Test
    void aReportIsOptional() {
        assertThat(check(form("PHYSICIAN_CLEARANCE", "2026-12-14", "Dr Brooks called: cleared"),
                Disposition.EMERGENCY_REFERRAL, false).valid()).isTrue();
        assertThat(check(form("IMAGING", "2026-11-20", "X-ray: no fracture"), Disposition.URGENT_REFERRAL, true)
                .valid()).isTrue();
    }

    @Test
    void everyMissingAnswerIsNamedBesideItsField() {
        ClearanceForm.Checked checked = check(Map.of(), Disposition.URGENT_REFERRAL, false);
        assertThat(checked.errors()).containsEntry("method", "Choose how the concern was resolved")
                .containsEntry("resultDate", "Give the date of the result")
                .containsEntry("note", "Write what the result showed, e.g. “MRI: no fracture; Dr Brooks clears treatment”");
    }

    @Test
    void aReScreenClearsMonitoringButNotAnUrgentConcern() {
        assertThat(check(form("RESCREEN", "2026-12-14", "Breathing normal now"), Disposition.TREAT_WITH_MONITORING,
                false).valid()).isTrue();
        assertThat(check(form("RESCREEN", "2026-12-14", "Looks fine"), Disposition.URGENT_REFERRAL, false).errors())
                .containsOnlyKeys("method").containsValue(
                        "An urgent or emergency concern is cleared by imaging or a physician’s clearance, not by a re-screen");
    }

    @Test
    void theResultIsDatedBetweenTheOnsetAndToday() {
        String range = "The result must be dated between the onset (Nov 20, 2026) and today";
        assertThat(check(form("IMAGING", "2026-12-15", "MRI"), Disposition.URGENT_REFERRAL, false).errors())
                .containsEntry("resultDate", range);
        assertThat(check(form("IMAGING", "2026-11-19", "MRI"), Disposition.URGENT_REFERRAL, false).errors())
                .containsEntry("resultDate", range);
        assertThat(check(form("IMAGING", "14/12/2026", "MRI"), Disposition.URGENT_REFERRAL, false).errors())
                .containsEntry("resultDate", "Enter a date as yyyy-mm-dd");
    }

    @Test
    void theNoteHasALimitAndTheMethodAChoice() {
        ClearanceForm.Checked checked = check(form("XRAY", "2026-12-14", "x".repeat(1001)), Disposition.URGENT_REFERRAL,
                false);
        assertThat(checked.errors()).containsEntry("note", "Use at most 1000 characters")
                .containsEntry("method", "Choose one of the options");
    }

    @Test
    void aFiledReportAndAnUploadTogetherAreRefused() {
        Map<String, List<String>> fields = form("IMAGING", "2026-12-14", "MRI");
        fields.put("documentId", List.of(UUID.randomUUID().toString()));
        assertThat(check(fields, Disposition.URGENT_REFERRAL, true).errors())
                .containsOnly(Map.entry("file", "Choose a filed report or upload one, not both"));
        fields.put("documentId", List.of("../etc"));
        assertThat(check(fields, Disposition.URGENT_REFERRAL, false).errors())
                .containsEntry("documentId", "Choose one of the patient’s documents, or none");
    }
}
