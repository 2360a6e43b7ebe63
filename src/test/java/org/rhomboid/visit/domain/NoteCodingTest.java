package org.rhomboid.visit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rhomboid.billing.domain.VisitLines;
import org.rhomboid.patient.domain.Payer;

class NoteCodingTest {

    private static final LocalDate DOS = LocalDate.of(2026, 3, 20);

    private static DailyNote.Treatment t(String code, int minutes) {
        return new DailyNote.Treatment(code, minutes, 0, false, null, List.of());
    }

    private static DailyNote.Treatment assisted(String code, int minutes, int assistant) {
        return new DailyNote.Treatment(code, minutes, assistant, false, null, List.of());
    }

    private static DailyNote note(Integer total, DailyNote.Treatment... treatments) {
        return new DailyNote(DOS, 3, null, null, null, Arrays.asList(treatments), total, "Tolerated well", null);
    }

    private static NoteCoding.Result code(Payer payer, DailyNote note) {
        return code(payer, note, BigDecimal.ZERO, Map.of());
    }

    private static NoteCoding.Result code(Payer payer, DailyNote note, BigDecimal ytd, Map<String, BigDecimal> fees) {
        return NoteCoding.code(note, new NoteCoding.Facts(payer, DOS, List.of("M54.6"), ytd, fees),
                VisitLines.Rules.builtIn());
    }

    private static VisitLines.Line line(NoteCoding.Result result, String code) {
        return result.lines().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theNotesServicesBecomeClaimLinesUnderThe8MinuteRule() {
        var result = code(Payer.MEDICARE, note(60, t("97110", 38), t("97140", 15), t("97010", 0)));
        assertThat(line(result, "97110").units()).isEqualTo(3);
        assertThat(line(result, "97140").units()).isEqualTo(1);
        assertThat(line(result, "97110").modifiers()).containsExactly("GP");
        assertThat(line(result, "97010").status()).isEqualTo(VisitLines.Status.BUNDLED);
        assertThat(result.totalTimedMinutes()).isEqualTo(53);
        assertThat(result.timedUnits()).isEqualTo(4);
        assertThat(result.totalTreatmentMinutes()).isEqualTo(60);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.coding().method()).isEqualTo(org.rhomboid.billing.domain.UnitMethod.CMS);
    }

    @Test
    void aLowAverageOfMinutesPerUnitIsFlagged() {
        // Per-code rule: three codes of 8 minutes are three units averaging 8 minutes.
        var perCode = code(Payer.COMMERCIAL, note(30, t("97110", 8), t("97112", 8), t("97140", 8)));
        assertThat(perCode.timedUnits()).isEqualTo(3);
        assertThat(perCode.warnings()).singleElement().asString().contains("average 8.0 minutes").contains("well under 15");
        // One Medicare unit for 10 minutes is flagged; for 11 minutes it is not.
        assertThat(code(Payer.MEDICARE, note(10, t("97110", 10))).warnings()).anyMatch(w -> w.contains("average 10.0"));
        assertThat(code(Payer.MEDICARE, note(11, t("97110", 11))).warnings()).noneMatch(w -> w.contains("average"));
        assertThat(NoteCoding.LOW_AVERAGE_MINUTES_PER_UNIT).isEqualTo(11.0);
    }

    @Test
    void noUnitsNoAverage() {
        var result = code(Payer.MEDICARE, note(10, t("97110", 5), t("97010", 5)));
        assertThat(result.timedUnits()).isZero();
        assertThat(result.warnings()).noneMatch(w -> w.contains("average"))
                .anyMatch(w -> w.contains("under 8"));
    }

    @Test
    void treatmentTimeShorterThanTimedTimeIsFlagged() {
        assertThat(code(Payer.MEDICARE, note(20, t("97110", 25))).warnings())
                .anyMatch(w -> w.contains("Total treatment time (20 minutes) is less than the timed minutes (25)"));
        assertThat(code(Payer.MEDICARE, note(null, t("97110", 25))).warnings()).noneMatch(w -> w.contains("treatment time"));
    }

    @Test
    void anAssistantsShareOverTenPercentAddsCqForMedicare() {
        var result = code(Payer.MEDICARE, note(30, assisted("97110", 30, 10)));
        assertThat(line(result, "97110").modifiers()).containsExactly("GP", "CQ");
        assertThat(result.warnings()).anyMatch(w -> w.contains("assistant furnished 10 of 30 minutes")
                && w.contains("CQ added"));

        var deMinimis = code(Payer.MEDICARE, note(30, assisted("97110", 30, 3)));
        assertThat(line(deMinimis, "97110").modifiers()).containsExactly("GP");
        assertThat(deMinimis.warnings()).anyMatch(w -> w.contains("de minimis"));
    }

    @Test
    void otherPayersGetNoCqButAHint() {
        var result = code(Payer.COMMERCIAL, note(30, assisted("97110", 30, 20)));
        assertThat(line(result, "97110").modifiers()).containsExactly("GP");
        assertThat(result.warnings()).anyMatch(w -> w.contains("CQ is a Medicare modifier"));
    }

    @Test
    void feesGiveTheAllowedAmountsThatDecideKx() {
        DailyNote note = note(30, t("97110", 30));
        var withFee = code(Payer.MEDICARE, note, new BigDecimal("2470"), Map.of("97110", new BigDecimal("30.00")));
        assertThat(line(withFee, "97110").modifiers()).contains("KX");
        assertThat(withFee.warnings()).anyMatch(w -> w.contains("over the 2026 KX threshold"));
        var noFee = code(Payer.MEDICARE, note, new BigDecimal("2470"), Map.of());
        assertThat(line(noFee, "97110").modifiers()).doesNotContain("KX");
        assertThat(noFee.warnings()).anyMatch(w -> w.contains("Approaching the KX threshold"));
        var nullFees = code(Payer.MEDICARE, note, new BigDecimal("2470"), null);
        assertThat(line(nullFees, "97110").modifiers()).doesNotContain("KX");
    }

    @Test
    void aLinesAllowedAmountIsTheFeePerUnitTimesItsUnits() {
        // 30 minutes are 2 units: $60 allowed takes $2,440 past the 2026 threshold of $2,480; $30 alone would not.
        var twoUnits = code(Payer.MEDICARE, note(30, t("97110", 30)), new BigDecimal("2440"),
                Map.of("97110", new BigDecimal("30.00")));
        assertThat(line(twoUnits, "97110").units()).isEqualTo(2);
        assertThat(line(twoUnits, "97110").modifiers()).contains("KX");
        var oneUnit = code(Payer.MEDICARE, note(15, t("97110", 15)), new BigDecimal("2440"),
                Map.of("97110", new BigDecimal("30.00")));
        assertThat(line(oneUnit, "97110").modifiers()).doesNotContain("KX");
    }

    @Test
    void separateTimeBlocksAndNcciComeFromTheEngine() {
        var together = code(Payer.MEDICARE, note(40, t("97140", 20), t("97530", 20)));
        assertThat(line(together, "97530").status()).isEqualTo(VisitLines.Status.DENIED);
        var separate = code(Payer.MEDICARE, note(40, t("97140", 20),
                new DailyNote.Treatment("97530", 20, 0, true, null, List.of())));
        assertThat(line(separate, "97530").modifiers()).containsExactly("GP", "59");
    }

    @Test
    void aNoteWithoutServicesHasNothingToCode() {
        assertThatThrownBy(() -> code(Payer.MEDICARE, note(10))).isInstanceOf(IllegalArgumentException.class);
    }
}
