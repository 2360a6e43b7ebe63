package org.rhomboid.visit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rhomboid.billing.domain.ProcedureCatalog;
import org.rhomboid.intervention.domain.InterventionSafety.Status;
import org.rhomboid.shared.domain.TestDates;

class DailyNoteFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final LocalDate EPISODE_START = LocalDate.of(2026, 3, 2);
    private static final PlanCoverage COVERAGE = PlanCoverage.of(Set.of("97110", "97140", "97530", "97010", "97035"),
            Map.of("97035", Status.CONTRAINDICATED, "97140", Status.CAUTION), ProcedureCatalog.builtIn());
    private static final DailyNoteForm.Context CONTEXT = new DailyNoteForm.Context(TODAY, EPISODE_START, COVERAGE, TestDates.US);

    /** A complete note: 97110 for 25 minutes, 97010 untimed; each pair replaces (null removes) one field. */
    private static DailyNoteForm form(String... namesAndValues) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("visitDate", List.of(TODAY.toString()));
        fields.put("painToday", List.of("4"));
        fields.put("patientReport", List.of("Sat at work 2 h with less pain"));
        fields.put("hepAdherence", List.of("MOST"));
        fields.put("objective", List.of("Thoracic rotation improved"));
        fields.put("i0.code", List.of("97110"));
        fields.put("i0.minutes", List.of("25"));
        fields.put("i0.e0.name", List.of("Open book"));
        fields.put("i0.e0.sets", List.of("3"));
        fields.put("i0.e0.reps", List.of("10"));
        fields.put("i1.code", List.of("97010"));
        fields.put("totalTreatmentMinutes", List.of("40"));
        fields.put("assessment", List.of("Tolerated progression well"));
        fields.put("plan", List.of("Progress loading next visit"));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                fields.remove(namesAndValues[i]);
            } else {
                fields.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
            }
        }
        return new DailyNoteForm(fields);
    }

    private static DailyNote signable(DailyNoteForm form) {
        DailyNoteForm.Checked checked = form.checkForSigning(CONTEXT);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.valid()).isTrue();
        return checked.note();
    }

    private static Map<String, String> signingErrors(DailyNoteForm form) {
        DailyNoteForm.Checked checked = form.checkForSigning(CONTEXT);
        assertThat(checked.valid()).isFalse();
        assertThat(checked.note()).isNull();
        return checked.errors();
    }

    private static Map<String, String> draftErrors(DailyNoteForm form) {
        return form.check(CONTEXT).errors();
    }

    @Test
    void aCompleteFormIsANote() {
        DailyNote note = signable(form());
        assertThat(note.visitDate()).isEqualTo(TODAY);
        assertThat(note.painToday()).isEqualTo(4);
        assertThat(note.hepAdherence()).isEqualTo(HepAdherence.MOST);
        assertThat(note.treatments()).extracting(DailyNote.Treatment::code).containsExactly("97110", "97010");
        DailyNote.Treatment exercise = note.treatments().get(0);
        assertThat(exercise.minutes()).isEqualTo(25);
        assertThat(exercise.assistantMinutes()).isZero();
        assertThat(exercise.separateTimeBlock()).isFalse();
        assertThat(exercise.exercises()).containsExactly(new DailyNote.Exercise("Open book", 3, 10, null, null));
        assertThat(note.treatments().get(1).minutes()).as("untimed code without minutes").isZero();
        assertThat(note.totalTreatmentMinutes()).isEqualTo(40);
        assertThat(note.assessment()).isEqualTo("Tolerated progression well");
    }

    @Test
    void anEmptyDraftIsValidButCantBeSigned() {
        DailyNoteForm.Checked draft = DailyNoteForm.empty().check(CONTEXT);
        assertThat(draft.valid()).isTrue();
        assertThat(draft.note().treatments()).isEmpty();
        assertThat(draft.note().visitDate()).isNull();
        assertThat(draft.note().patientReport()).isNull();
        assertThat(signingErrors(DailyNoteForm.empty())).containsOnlyKeys("visitDate", "i0.code",
                "totalTreatmentMinutes", "assessment");
        assertThat(signingErrors(DailyNoteForm.empty())).containsEntry("i0.code",
                "Document at least one service before signing");
    }

    @Test
    void aDraftChecksTypesOnly() {
        DailyNoteForm half = form("i0.minutes", null, "assessment", null, "totalTreatmentMinutes", null);
        assertThat(half.check(CONTEXT).valid()).isTrue();
        assertThat(half.check(CONTEXT).note().treatments().get(0).minutes()).isNull();
        assertThat(signingErrors(half)).containsOnlyKeys("i0.minutes", "assessment", "totalTreatmentMinutes");
        assertThat(draftErrors(form("painToday", "11"))).containsExactly(entry("painToday", "Enter pain from 0 to 10"));
        assertThat(draftErrors(form("i0.minutes", "abc"))).containsOnlyKeys("i0.minutes");
    }

    @Test
    void painAndAdherence() {
        assertThat(signable(form("painToday", "")).painToday()).isNull();
        assertThat(signable(form("painToday", "0")).painToday()).isZero();
        assertThat(signingErrors(form("painToday", "4.5"))).containsOnlyKeys("painToday");
        assertThat(signable(form("hepAdherence", "NOT_PRESCRIBED")).hepAdherence()).isEqualTo(HepAdherence.NOT_PRESCRIBED);
        assertThat(signable(form("hepAdherence", "")).hepAdherence()).isNull();
        assertThat(signingErrors(form("hepAdherence", "OFTEN")))
                .containsExactly(entry("hepAdherence", "Choose one of the options"));
    }

    @Test
    void textsHaveLimits() {
        assertThat(signable(form("objective", "x".repeat(4000))).objective()).hasSize(4000);
        for (String field : List.of("patientReport", "objective", "assessment", "plan")) {
            assertThat(signingErrors(form(field, "x".repeat(4001))))
                    .containsExactly(entry(field, "Use at most 4000 characters"));
        }
        assertThat(signingErrors(form("i0.notes", "x".repeat(501))))
                .containsExactly(entry("i0.notes", "Use at most 500 characters"));
    }

    @Test
    void theVisitDateIsWithinTheEpisodeAndNotInTheFuture() {
        assertThat(signable(form("visitDate", EPISODE_START.toString())).visitDate()).isEqualTo(EPISODE_START);
        assertThat(signingErrors(form("visitDate", TODAY.plusDays(1).toString()))).containsOnlyKeys("visitDate");
        assertThat(signingErrors(form("visitDate", EPISODE_START.minusDays(1).toString())).get("visitDate"))
                .contains(TestDates.US.day(EPISODE_START));
        assertThat(signingErrors(form("visitDate", "20/03/2026")))
                .containsExactly(entry("visitDate", "Enter a date as yyyy-mm-dd"));
    }

    @Test
    void aCodeNotOnThePlanMustBeAddedToThePlanFirst() {
        Map<String, String> errors = signingErrors(form("i2.code", "97112", "i2.minutes", "10",
                "totalTreatmentMinutes", "45"));
        assertThat(errors).containsOnlyKeys("i2.code");
        assertThat(errors.get("i2.code")).contains("97112").contains("add it to the plan of care first");
        assertThat(signingErrors(form("i0.code", "99999")).get("i0.code")).contains("not a procedure code")
                .contains("change the plan first");
        // The draft refuses it too: a code can't be saved that could never be signed.
        assertThat(draftErrors(form("i2.code", "97112"))).containsOnlyKeys("i2.code");
    }

    @Test
    void contraindicatedAndEvaluationCodesAreRefusedAndCautionIsWarned() {
        assertThat(signingErrors(form("i2.code", "97035", "i2.minutes", "8", "totalTreatmentMinutes", "45"))
                .get("i2.code")).contains("contraindicated");
        assertThat(signingErrors(form("i2.code", "97164")).get("i2.code")).contains("re-evaluation note");
        DailyNoteForm.Checked caution = form("i2.code", "97140", "i2.minutes", "10", "totalTreatmentMinutes", "45")
                .checkForSigning(CONTEXT);
        assertThat(caution.valid()).isTrue();
        assertThat(caution.warnings()).containsOnlyKeys("i2.code");
        assertThat(caution.warnings().get("i2.code")).contains("Precaution");
    }

    @Test
    void codesAreTrimmedAndBlankRowsAreIgnored() {
        DailyNote note = signable(form("i1.code", "", "i5.code", " 97530 ", "i5.minutes", "8", "i3.minutes", "30"));
        assertThat(note.treatments()).extracting(DailyNote.Treatment::code).containsExactly("97110", "97530");
    }

    @Test
    void aCodeOnlyOnce() {
        Map<String, String> errors = signingErrors(form("i1.code", "97110", "i1.minutes", "10"));
        assertThat(errors).containsOnlyKeys("i1.code");
        assertThat(errors.get("i1.code")).contains("already documented");
    }

    @Test
    void minutes() {
        assertThat(signingErrors(form("i0.minutes", "481"))).containsOnlyKeys("i0.minutes");
        assertThat(signingErrors(form("i0.minutes", "-1"))).containsOnlyKeys("i0.minutes");
        assertThat(signingErrors(form("i0.minutes", "0")).get("i0.minutes")).contains("timed");
        assertThat(signingErrors(form("i0.minutes", "")).get("i0.minutes")).contains("Give the minutes of 97110");
        assertThat(signable(form("i1.minutes", "0")).treatments().get(1).minutes()).isZero();
        assertThat(signable(form("i1.minutes", "10")).treatments().get(1).minutes()).isEqualTo(10);
    }

    @Test
    void theAssistantsMinutesAreAPartOfTheService() {
        DailyNote note = signable(form("i0.ptaMinutes", "25", "i0.separateBlock", "on"));
        assertThat(note.treatments().get(0).assistantMinutes()).isEqualTo(25);
        assertThat(note.treatments().get(0).separateTimeBlock()).isTrue();
        assertThat(signingErrors(form("i0.ptaMinutes", "26")))
                .containsExactly(entry("i0.ptaMinutes", "The assistant's minutes can't be more than the service's minutes"));
        assertThat(signingErrors(form("i1.ptaMinutes", "5"))).containsOnlyKeys("i1.ptaMinutes");
    }

    @Test
    void totalTreatmentTimeCoversTheTimedMinutes() {
        assertThat(signable(form("totalTreatmentMinutes", "25")).totalTreatmentMinutes()).isEqualTo(25);
        assertThat(signingErrors(form("totalTreatmentMinutes", "24")).get("totalTreatmentMinutes"))
                .contains("timed minutes (25)");
        assertThat(signingErrors(form("i2.code", "97530", "i2.minutes", "20", "totalTreatmentMinutes", "40")))
                .containsOnlyKeys("totalTreatmentMinutes");
        assertThat(signingErrors(form("totalTreatmentMinutes", "481"))).containsOnlyKeys("totalTreatmentMinutes");
        assertThat(signingErrors(form("totalTreatmentMinutes", "0"))).containsOnlyKeys("totalTreatmentMinutes");
        // The draft checks it too, as soon as both are given.
        assertThat(draftErrors(form("totalTreatmentMinutes", "10"))).containsOnlyKeys("totalTreatmentMinutes");
    }

    @Test
    void exerciseRows() {
        DailyNote note = signable(form("i0.e1.name", "Prone Y", "i0.e1.sets", "2", "i0.e1.reps", "12", "i0.e1.load",
                "1 kg", "i0.e1.hold", "3", "i0.e2.name", " ", "i0.e11.name", "Wall angel"));
        assertThat(note.treatments().get(0).exercises()).containsExactly(
                new DailyNote.Exercise("Open book", 3, 10, null, null),
                new DailyNote.Exercise("Prone Y", 2, 12, "1 kg", 3),
                new DailyNote.Exercise("Wall angel", null, null, null, null));
        assertThat(signingErrors(form("i0.e0.sets", "0"))).containsOnlyKeys("i0.e0.sets");
        assertThat(signingErrors(form("i0.e0.sets", "21"))).containsOnlyKeys("i0.e0.sets");
        assertThat(signingErrors(form("i0.e0.reps", "101"))).containsOnlyKeys("i0.e0.reps");
        assertThat(signingErrors(form("i0.e0.hold", "601"))).containsOnlyKeys("i0.e0.hold");
        assertThat(signingErrors(form("i0.e0.load", "x".repeat(41)))).containsOnlyKeys("i0.e0.load");
        assertThat(signable(form("i0.e0.hold", "0")).treatments().get(0).exercises().get(0).holdSeconds()).isZero();
    }

    @Test
    void anExerciseNeedsItsNameToSignButNotInADraft() {
        DailyNoteForm unnamed = form("i0.e0.name", null);
        assertThat(signingErrors(unnamed)).containsExactly(entry("i0.e0.name", "Name the exercise, or clear the row"));
        assertThat(unnamed.check(CONTEXT).note().treatments().get(0).exercises())
                .containsExactly(new DailyNote.Exercise(null, 3, 10, null, null));
    }

    @Test
    void rowsBeyondTheLimitsAreNotRead() {
        assertThat(signable(form("i20.code", "97530", "i20.minutes", "10", "i0.e12.name", "Extra")).treatments().get(0)
                .exercises()).hasSize(1);
        assertThat(signable(form("i19.code", "97530", "i19.minutes", "10", "totalTreatmentMinutes", "40")).treatments())
                .hasSize(3);
    }
}
