package org.rhomboid.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rhomboid.billing.domain.VisitLines.Line;
import org.rhomboid.billing.domain.VisitLines.Service;
import org.rhomboid.billing.domain.VisitLines.Status;
import org.rhomboid.patient.domain.Payer;

class VisitLinesTest {

    private static final LocalDate DOS = LocalDate.of(2026, 11, 20);

    private static Service s(String code, int minutes) {
        return new Service(code, minutes, 0, false, null);
    }

    private static VisitLines.Result build(Payer payer, BigDecimal ytd, Service... services) {
        return VisitLines.build(new VisitLines.Visit(payer, DOS, List.of("M54.6", "M62.830"), List.of(services), ytd),
                VisitLines.Rules.builtIn());
    }

    private static Line line(VisitLines.Result result, String code) {
        return result.lines().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void everyPtLineCarriesGpAndPointsAtTheDiagnoses() {
        var result = build(Payer.MEDICARE, BigDecimal.ZERO, s("97110", 33), s("97112", 15));
        assertThat(result.method()).isEqualTo(UnitMethod.CMS);
        assertThat(result.lines()).allSatisfy(l -> {
            assertThat(l.modifiers()).containsExactly("GP");
            assertThat(l.diagnosisPointers()).containsExactly(1, 2);
            assertThat(l.status()).isEqualTo(Status.BILLABLE);
        });
        assertThat(line(result, "97110").units()).isEqualTo(2);
    }

    @Test
    void commercialPayersUseThePerCodeRule() {
        var result = build(Payer.COMMERCIAL, null, s("97110", 33), s("97112", 7));
        assertThat(result.method()).isEqualTo(UnitMethod.AMA);
        assertThat(line(result, "97112").status()).isEqualTo(Status.NOT_BILLED);
        assertThat(line(result, "97112").units()).isZero();
    }

    @Test
    void aPayerInTheClinicsDirectoryBillsByItsOwnUnitRuleAndModifier() {
        // A commercial insurer the clinic's directory says follows CMS's 8-minute rule: 33 + 7 minutes are 40
        // timed minutes, 3 units together, where the per-code rule gives 97112's 7 minutes none.
        PayerRules directory = PayerRules.of(Payer.COMMERCIAL).withDirectory(UnitMethod.CMS, "XU", false, true);
        var result = VisitLines.build(new VisitLines.Visit(Payer.COMMERCIAL, DOS, List.of("M54.6"),
                List.of(s("97110", 33), s("97112", 7)), null, VisitLines.SameDay.NONE, directory),
                VisitLines.Rules.builtIn());
        assertThat(result.method()).isEqualTo(UnitMethod.CMS);
        assertThat(line(result, "97110").units() + line(result, "97112").units()).isEqualTo(3);
        assertThat(directory.distinctModifier()).isEqualTo("XU");
        assertThat(directory.encounterModifier()).isEqualTo(PayerRules.of(Payer.COMMERCIAL).encounterModifier());
        assertThatThrownBy(() -> PayerRules.of(Payer.COMMERCIAL).withDirectory(UnitMethod.AMA, "GP", false, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void medicareBundles97010AndRefuses97014() {
        var result = build(Payer.MEDICARE, BigDecimal.ZERO, s("97110", 30), s("97010", 10), s("97014", 15));
        assertThat(line(result, "97010").status()).isEqualTo(Status.BUNDLED);
        assertThat(line(result, "97014").status()).isEqualTo(Status.DENIED);
        assertThat(line(result, "97014").reason()).contains("G0283");
        assertThat(line(result, "97014").units()).isZero();
        var commercial = build(Payer.COMMERCIAL, null, s("97014", 15));
        assertThat(line(commercial, "97014").status()).isEqualTo(Status.BILLABLE);
    }

    @Test
    void aBypassableNcciPairGets59OnColumnTwoOnlyInSeparateTimeBlocks() {
        var together = build(Payer.MEDICARE, BigDecimal.ZERO, s("97140", 20), s("97530", 20));
        assertThat(line(together, "97530").status()).isEqualTo(Status.DENIED);
        assertThat(line(together, "97530").reason()).contains("included in 97140").contains("separate time block");
        assertThat(line(together, "97140").status()).isEqualTo(Status.BILLABLE);

        var separate = build(Payer.MEDICARE, BigDecimal.ZERO, s("97140", 20), new Service("97530", 20, 0, true, null));
        assertThat(line(separate, "97530").modifiers()).containsExactly("GP", "59");
        assertThat(line(separate, "97140").modifiers()).containsExactly("GP");

        var evaluation = build(Payer.MEDICARE, BigDecimal.ZERO, s("97162", 30), new Service("97140", 15, 0, true, null));
        assertThat(line(evaluation, "97140").modifiers()).contains("59");
    }

    @Test
    void selfPayIgnoresNcci() {
        var result = build(Payer.SELF_PAY, null, s("97140", 20), s("97530", 20));
        assertThat(line(result, "97530").status()).isEqualTo(Status.BILLABLE);
    }

    @Test
    void cqWhenAnAssistantFurnishedMoreThanTenPercent() {
        var result = build(Payer.MEDICARE, BigDecimal.ZERO, new Service("97110", 30, 4, false, null),
                new Service("97112", 30, 3, false, null));
        assertThat(line(result, "97110").modifiers()).containsExactly("GP", "CQ");
        assertThat(line(result, "97112").modifiers()).containsExactly("GP");
        var commercial = build(Payer.COMMERCIAL, null, new Service("97110", 30, 30, false, null));
        assertThat(line(commercial, "97110").modifiers()).containsExactly("GP");
    }

    @Test
    void kxOnceTheYearsAllowedAmountPassesTheThreshold() {
        var under = build(Payer.MEDICARE, new BigDecimal("2000"), new Service("97110", 30, 0, false, new BigDecimal("60")));
        assertThat(line(under, "97110").modifiers()).doesNotContain("KX");
        var approaching = build(Payer.MEDICARE, new BigDecimal("2300"), new Service("97110", 30, 0, false, new BigDecimal("60")));
        assertThat(line(approaching, "97110").modifiers()).doesNotContain("KX");
        assertThat(approaching.warnings()).anySatisfy(w -> assertThat(w).contains("Approaching the KX threshold"));
        var crossing = build(Payer.MEDICARE, new BigDecimal("2450"),
                new Service("97110", 30, 0, false, new BigDecimal("20")), new Service("97112", 30, 0, false, new BigDecimal("40")));
        assertThat(line(crossing, "97110").modifiers()).doesNotContain("KX");
        assertThat(line(crossing, "97112").modifiers()).contains("KX");
        var review = build(Payer.MEDICARE, new BigDecimal("3100"), s("97110", 30));
        assertThat(line(review, "97110").modifiers()).contains("KX");
        assertThat(review.warnings()).anySatisfy(w -> assertThat(w).contains("$3,000 targeted medical review"));
    }

    @Test
    void kxThresholdsFollowTheYearAndCanBeOverridden() {
        assertThat(KxThresholds.builtIn().forYear(2024)).contains(new BigDecimal("2330"));
        assertThat(KxThresholds.builtIn().forYear(2025)).contains(new BigDecimal("2410"));
        assertThat(KxThresholds.builtIn().forYear(2026)).contains(new BigDecimal("2480"));
        assertThat(KxThresholds.withOverrides(Map.of(2027, new BigDecimal("2550"))).forYear(2027))
                .contains(new BigDecimal("2550"));
    }

    @Test
    void invalidDiagnosesAreReportedWithTheLines() {
        var result = VisitLines.build(new VisitLines.Visit(Payer.MEDICARE, DOS, List.of("M54.6", "M51.14"),
                List.of(s("97110", 30)), BigDecimal.ZERO), VisitLines.Rules.builtIn());
        assertThat(result.diagnoses().valid()).isFalse();
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("diagnoses have problems"));
    }

    @Test
    void badVisitsAreRefused() {
        assertThatThrownBy(() -> VisitLines.build(new VisitLines.Visit(Payer.MEDICARE, DOS, List.of(),
                List.of(s("97110", 30)), null), VisitLines.Rules.builtIn())).hasMessageContaining("diagnosis");
        assertThatThrownBy(() -> build(Payer.MEDICARE, null, new Service("97110", 10, 11, false, null)))
                .hasMessageContaining("Assistant minutes");
    }

    @Test
    void theCmsPtpFileLayoutIsReadWithItsDates() {
        String file = """
                Column 1\tColumn 2\t* = In existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale
                97161\t97530\t\t20200101\t20200131\t0\tStandards of medical / surgical practice
                97140\t97530\t\t20200101\t*\t1\tMutually exclusive procedures
                """;
        PtpEdits edits = PtpEdits.parse(new StringReader(file));
        assertThat(edits.size()).isEqualTo(2);
        assertThat(edits.inForceOn(LocalDate.of(2020, 1, 15))).hasSize(2);
        assertThat(edits.inForceOn(LocalDate.of(2020, 2, 1))).singleElement()
                .satisfies(e -> assertThat(e.column1()).isEqualTo("97140"));
        assertThat(edits.inForceOn(LocalDate.of(2019, 12, 31))).isEmpty();

        // A hard (indicator 0) edit can't be bypassed, even in separate time blocks.
        var rules = new VisitLines.Rules(ProcedureCatalog.builtIn(), IcdCodeSet.builtIn(), edits, KxThresholds.builtIn());
        var result = VisitLines.build(new VisitLines.Visit(Payer.MEDICARE, LocalDate.of(2020, 1, 15), List.of("M54.6"),
                List.of(s("97161", 30), new Service("97530", 20, 0, true, null)), null), rules);
        assertThat(line(result, "97530").status()).isEqualTo(Status.DENIED);
        assertThat(line(result, "97530").reason()).contains("no modifier");
        assertThatThrownBy(() -> PtpEdits.parse(new StringReader("97140\t97530\t\t20200101\t*\t5\tx\n")))
                .hasMessageContaining("line 1");
    }

    @Test
    void theBuiltInPtpTableHoldsThePtPairs() {
        assertThat(PtpEdits.builtIn().inForceOn(DOS)).extracting(e -> e.column1() + "/" + e.column2())
                .contains("97140/97530", "97161/97140", "97164/97530");
    }
}
