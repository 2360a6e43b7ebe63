package org.rhomboid.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rhomboid.screening.domain.Finding.*;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import org.rhomboid.shared.domain.TestDates;

/** Recorded clearances in the screen (CLEARANCE): what they lift, and what they never lift. */
class ClearanceTest {

    private static final LocalDate RESULT = LocalDate.of(2026, 12, 14);

    /** The example: a 72-year-old woman with osteoporosis after minor trauma — urgent imaging. */
    private static Presentation osteoporoticFall(Finding... more) {
        List<Finding> findings = new java.util.ArrayList<>(List.of(OSTEOPOROSIS, MINOR_TRAUMA));
        findings.addAll(List.of(more));
        return new Presentation(72, Sex.FEMALE, new java.util.LinkedHashSet<>(findings));
    }

    /** Clears the concern the screen raises now for {@code condition}, at its level, with its findings. */
    private static Clearance clearing(Presentation p, Condition condition, ClearanceMethod method, LocalDate on,
                                      String report) {
        Concern concern = RedFlagScreen.screen(p).concerns().stream().filter(c -> c.condition() == condition)
                .findFirst().orElseThrow();
        return new Clearance(UUID.randomUUID(), condition, concern.level(), concern.findings(), method, on, report);
    }

    private static List<String> reasons(ScreeningResult result, PrecautionCode code) {
        return result.precautions().stream().filter(p -> p.code() == code).map(Precaution::reason).toList();
    }

    @Test
    void aClearedFractureLiftsTheReferralAndTheMobilisationBanButOsteoporosisStillForbidsThrust() {
        Presentation p = osteoporoticFall();
        ScreeningResult before = RedFlagScreen.screen(p);
        assertThat(before.disposition()).isEqualTo(Disposition.URGENT_REFERRAL);
        assertThat(reasons(before, PrecautionCode.NO_JOINT_MOBILIZATION)).containsExactly("Vertebral fracture not yet excluded");
        assertThat(reasons(before, PrecautionCode.NO_THRUST_MANIPULATION))
                .containsExactly("Osteoporosis (fragile bone); suspected vertebral fracture");

        Clearance mri = clearing(p, Condition.VERTEBRAL_FRACTURE, ClearanceMethod.IMAGING, RESULT, "MRI report");
        ScreeningResult after = RedFlagScreen.screen(p, List.of(mri));

        assertThat(after.disposition()).isEqualTo(Disposition.TREAT);
        assertThat(after.concerns()).isEmpty();
        assertThat(after.cleared()).extracting(c -> c.concern().condition()).containsExactly(Condition.VERTEBRAL_FRACTURE);
        assertThat(after.cleared().get(0).clearance()).isEqualTo(mri);
        assertThat(reasons(after, PrecautionCode.NO_JOINT_MOBILIZATION)).isEmpty();
        // The patient's own fragile bone is no suspicion to clear: thrust stays forbidden, for that reason only.
        assertThat(reasons(after, PrecautionCode.NO_THRUST_MANIPULATION)).containsExactly("Osteoporosis (fragile bone)");
    }

    @Test
    void theClearedConcernSaysHowAndWhen() {
        Presentation p = osteoporoticFall();
        ScreeningResult after = RedFlagScreen.screen(p,
                List.of(clearing(p, Condition.VERTEBRAL_FRACTURE, ClearanceMethod.IMAGING, RESULT, "MRI report")));
        assertThat(after.cleared().get(0).summary(TestDates.US))
                .isEqualTo("Vertebral fracture — cleared on Dec 14, 2026 by imaging (MRI report)");
        ScreeningResult byPhone = RedFlagScreen.screen(p, List.of(
                clearing(p, Condition.VERTEBRAL_FRACTURE, ClearanceMethod.PHYSICIAN_CLEARANCE, RESULT, null)));
        assertThat(byPhone.cleared().get(0).summary(TestDates.US))
                .isEqualTo("Vertebral fracture — cleared on Dec 14, 2026 by physician clearance");
    }

    @Test
    void aClearanceAtUrgentDoesNotCoverALaterEmergency() {
        Presentation trauma = new Presentation(40, Sex.MALE, new java.util.LinkedHashSet<>(List.of(SIGNIFICANT_TRAUMA)));
        Clearance urgent = clearing(trauma, Condition.VERTEBRAL_FRACTURE, ClearanceMethod.IMAGING, RESULT, null);
        assertThat(urgent.level()).isEqualTo(Disposition.URGENT_REFERRAL);
        assertThat(RedFlagScreen.screen(trauma, List.of(urgent)).disposition()).isEqualTo(Disposition.TREAT);

        // Later the legs go weak: a possibly unstable fracture, an emergency the urgent clearance never saw.
        Presentation worse = new Presentation(40, Sex.MALE,
                new java.util.LinkedHashSet<>(List.of(SIGNIFICANT_TRAUMA, LEG_WEAKNESS_OR_NUMBNESS)));
        ScreeningResult result = RedFlagScreen.screen(worse, List.of(urgent));
        assertThat(result.disposition()).isEqualTo(Disposition.EMERGENCY_REFERRAL);
        assertThat(result.concerns()).extracting(Concern::condition).contains(Condition.VERTEBRAL_FRACTURE);
        assertThat(result.cleared()).isEmpty();
    }

    @Test
    void aNewRedFlagForTheSameConditionReopensItEvenAtTheSameLevel() {
        Presentation p = new Presentation(60, Sex.MALE,
                new java.util.LinkedHashSet<>(List.of(HISTORY_OF_CANCER, NIGHT_PAIN_UNRELENTING, UNEXPLAINED_WEIGHT_LOSS)));
        ScreeningResult first = RedFlagScreen.screen(p);
        Concern malignancy = first.concerns().stream().filter(c -> c.condition() == Condition.SPINAL_MALIGNANCY)
                .findFirst().orElseThrow();
        Clearance scan = new Clearance(UUID.randomUUID(), Condition.SPINAL_MALIGNANCY, malignancy.level(),
                malignancy.findings(), ClearanceMethod.IMAGING, RESULT, null);
        assertThat(RedFlagScreen.screen(p, List.of(scan)).concerns())
                .extracting(Concern::condition).doesNotContain(Condition.SPINAL_MALIGNANCY);

        Presentation more = new Presentation(60, Sex.MALE, new java.util.LinkedHashSet<>(
                List.of(HISTORY_OF_CANCER, NIGHT_PAIN_UNRELENTING, UNEXPLAINED_WEIGHT_LOSS, SYSTEMICALLY_UNWELL)));
        Concern again = RedFlagScreen.screen(more).concerns().stream()
                .filter(c -> c.condition() == Condition.SPINAL_MALIGNANCY).findFirst().orElseThrow();
        assertThat(again.findings()).contains(SYSTEMICALLY_UNWELL);
        assertThat(scan.covers(again)).isFalse();
        assertThat(RedFlagScreen.screen(more, List.of(scan)).concerns())
                .extracting(Concern::condition).contains(Condition.SPINAL_MALIGNANCY);
    }

    @Test
    void clearingOneConditionLeavesAnotherOpen() {
        Presentation p = osteoporoticFall(SHORTNESS_OF_BREATH, PLEURITIC_PAIN);
        ScreeningResult before = RedFlagScreen.screen(p);
        assertThat(before.concerns()).extracting(Concern::condition)
                .contains(Condition.VERTEBRAL_FRACTURE, Condition.PULMONARY);

        ScreeningResult after = RedFlagScreen.screen(p,
                List.of(clearing(p, Condition.VERTEBRAL_FRACTURE, ClearanceMethod.IMAGING, RESULT, null)));
        assertThat(after.concerns()).extracting(Concern::condition).containsExactly(Condition.PULMONARY);
        assertThat(after.disposition()).isEqualTo(Disposition.EMERGENCY_REFERRAL);
        assertThat(after.cleared()).extracting(c -> c.concern().condition()).containsExactly(Condition.VERTEBRAL_FRACTURE);
    }

    @Test
    void aClearedFractureAlsoEndsTheTraumaPrecautionKeptUntilFractureIsExcluded() {
        Presentation trauma = new Presentation(40, Sex.MALE, new java.util.LinkedHashSet<>(List.of(SIGNIFICANT_TRAUMA)));
        assertThat(reasons(RedFlagScreen.screen(trauma), PrecautionCode.NO_JOINT_MOBILIZATION))
                .containsExactly("Vertebral fracture not yet excluded; significant trauma until fracture is excluded");
        ScreeningResult after = RedFlagScreen.screen(trauma,
                List.of(clearing(trauma, Condition.VERTEBRAL_FRACTURE, ClearanceMethod.IMAGING, RESULT, null)));
        assertThat(after.precautions()).isEmpty();
    }

    @Test
    void theLatestResultIsTheOneShownWhenSeveralClear() {
        Presentation p = osteoporoticFall();
        Clearance xray = clearing(p, Condition.VERTEBRAL_FRACTURE, ClearanceMethod.IMAGING, RESULT.minusDays(20), "X-ray");
        Clearance mri = clearing(p, Condition.VERTEBRAL_FRACTURE, ClearanceMethod.IMAGING, RESULT, "MRI");
        assertThat(RedFlagScreen.screen(p, List.of(mri, xray)).cleared().get(0).clearance()).isEqualTo(mri);
        assertThat(RedFlagScreen.screen(p, List.of(xray, mri)).cleared().get(0).clearance()).isEqualTo(mri);
    }

    @Test
    void aReScreenMayNotClearAnUrgentOrEmergencyConcern() {
        assertThat(ClearanceMethod.RESCREEN.mayClear(Disposition.TREAT_WITH_MONITORING)).isTrue();
        assertThat(ClearanceMethod.RESCREEN.mayClear(Disposition.ROUTINE_REFERRAL)).isTrue();
        assertThat(ClearanceMethod.RESCREEN.mayClear(Disposition.URGENT_REFERRAL)).isFalse();
        assertThat(ClearanceMethod.RESCREEN.mayClear(Disposition.EMERGENCY_REFERRAL)).isFalse();
        assertThat(ClearanceMethod.IMAGING.mayClear(Disposition.EMERGENCY_REFERRAL)).isTrue();
        assertThat(ClearanceMethod.PHYSICIAN_CLEARANCE.mayClear(Disposition.EMERGENCY_REFERRAL)).isTrue();
    }

    @Test
    void aResultStoredBeforeClearancesExistedReadsBackWithNone() {
        String old = """
                {"disposition":"URGENT_REFERRAL","concerns":[{"condition":"VERTEBRAL_FRACTURE",
                 "level":"URGENT_REFERRAL","findings":["OSTEOPOROSIS","MINOR_TRAUMA"],"rationale":"Fragile bone",
                 "source":"VCF-RISK"}],"precautions":[{"code":"NO_THRUST_MANIPULATION","reason":"Osteoporosis"}]}""";
        ScreeningResult read = JsonMapper.builder().build().readValue(old, ScreeningResult.class);
        assertThat(read.disposition()).isEqualTo(Disposition.URGENT_REFERRAL);
        assertThat(read.concerns()).hasSize(1);
        assertThat(read.cleared()).isEmpty();
    }

    @Test
    void aResultWithClearedConcernsReadsBackAsWritten() {
        Presentation p = osteoporoticFall();
        ScreeningResult after = RedFlagScreen.screen(p,
                List.of(clearing(p, Condition.VERTEBRAL_FRACTURE, ClearanceMethod.IMAGING, RESULT, "MRI report")));
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.readValue(json.writeValueAsString(after), ScreeningResult.class)).isEqualTo(after);
    }

    @Test
    void withoutClearancesTheScreenIsUnchanged() {
        Presentation p = osteoporoticFall(SHORTNESS_OF_BREATH);
        assertThat(RedFlagScreen.screen(p, List.of())).isEqualTo(RedFlagScreen.screen(p));
        assertThat(RedFlagScreen.screen(p).cleared()).isEmpty();
    }
}
