package org.rhomboid.payer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rhomboid.billing.domain.UnitMethod;

class PayerCsvTest {

    @Test
    void anExportReadsBackAsTheSamePayers() {
        List<PayerProfile> payers = List.of(
                new PayerProfile(null, "Medicare Part B, Jurisdiction L", "12502", FilingIndicator.MB,
                        new PayerProfile.Address("PO Box 3113", "Mechanicsburg", "PA", "170551813", "8775555555"),
                        UnitMethod.CMS, "59", true, true, 365, false, true),
                new PayerProfile(null, "\"Quoted\" Health", "QH1", FilingIndicator.HM, PayerProfile.Address.NONE,
                        UnitMethod.AMA, "XU", false, false, 90, true, false));
        String csv = PayerCsv.write(payers);
        assertThat(csv).startsWith("name,payer_id,filing_indicator,").contains("\"Medicare Part B, Jurisdiction L\"")
                .contains("\"\"\"Quoted\"\" Health\"");
        PayerCsv.Read read = PayerCsv.read(csv);
        assertThat(read.problems()).isEmpty();
        assertThat(read.payers()).isEqualTo(payers);
    }

    @Test
    void onlyNamePayerIdAndKindAreNeededTheRestComesFromTheKind() {
        PayerCsv.Read read = PayerCsv.read("\uFEFFPayer_ID,Name,Filing_Indicator\r\n60054,Aetna,CI\r\n\r\n12502,Novitas,mb\n");
        assertThat(read.problems()).isEmpty();
        assertThat(read.payers()).extracting(PayerProfile::name).containsExactly("Aetna", "Novitas");
        PayerProfile medicare = read.payers().get(1);
        assertThat(medicare.unitMethod()).isEqualTo(UnitMethod.CMS);
        assertThat(medicare.medicareRules()).isTrue();
        assertThat(medicare.timelyFilingDays()).isEqualTo(365);
        assertThat(read.payers().get(0).timelyFilingDays()).isEqualTo(PayerForm.DEFAULT_TIMELY_FILING_DAYS);
    }

    @Test
    void aFileWithAnyBadRowIsRefusedWholeWithEveryProblemByLine() {
        PayerCsv.Read read = PayerCsv.read("""
                name,payer_id,filing_indicator,timely_filing_days,active
                Aetna,60054,CI,90,yes
                Cigna,6,CI,90,yes
                Humana,61101,QQ,90,maybe
                aetna,11111,CI,90,yes
                """);
        assertThat(read.valid()).isFalse();
        assertThat(read.payers()).isEmpty();
        assertThat(read.problems()).anyMatch(p -> p.startsWith("Line 3, Payer ID"))
                .anyMatch(p -> p.startsWith("Line 4, Claim filing indicator"))
                .anyMatch(p -> p.startsWith("Line 4, active: write yes or no"))
                .anyMatch(p -> p.startsWith("Line 5:") && p.contains("twice"));
    }

    @Test
    void aFileWithoutTheRequiredColumnsOrWithUnknownOnesSaysSo() {
        assertThat(PayerCsv.read("name,payer,kind\nAetna,60054,CI\n").problems())
                .contains("Line 1: the column \"payer_id\" is missing", "Line 1: \"kind\" is not a column of the payer directory");
        assertThat(PayerCsv.read("").problems()).hasSize(1);
    }

    @Test
    void aCellASpreadsheetWouldTakeForAFormulaIsWrittenAsTextAndReadBack() {
        List<PayerProfile> payers = List.of(new PayerProfile(null, "-Minus Health", "MH1", FilingIndicator.CI,
                PayerProfile.Address.NONE, UnitMethod.AMA, "59", false, true, 90, false, true));
        String csv = PayerCsv.write(payers);
        assertThat(csv).contains("'-Minus Health");
        assertThat(PayerCsv.read(csv).payers()).isEqualTo(payers);
    }
}
