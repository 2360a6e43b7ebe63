package org.rhomboid.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rhomboid.patient.domain.Payer;

class BillingSettingsFormsTest {

    private static Map<String, List<String>> form(String... pairs) {
        Map<String, List<String>> form = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], List.of(pairs[i + 1]));
        }
        return form;
    }

    @Test
    void feesAreDollarsAndCentsPerCodeAndABlankChargeMeansNoFee() {
        FeeScheduleForm.Checked checked = FeeScheduleForm.check(form("charge_97110", "$55", "allowed_97110", "31.2",
                "charge_97112", "1,058.50", "charge_97140", " ", "charge_XXXXX", "1"), List.of("97110", "97112", "97140"));
        assertThat(checked.valid()).isTrue();
        assertThat(checked.fees()).containsOnlyKeys("97110", "97112");
        assertThat(checked.fees().get("97110").charge()).isEqualTo(new BigDecimal("55.00"));
        assertThat(checked.fees().get("97110").allowed()).isEqualTo(new BigDecimal("31.20"));
        assertThat(checked.fees().get("97112").charge()).isEqualTo(new BigDecimal("1058.50"));
        assertThat(checked.fees().get("97112").allowed()).isNull();
    }

    @Test
    void wrongAmountsAreRefusedBesideTheirField() {
        FeeScheduleForm.Checked checked = FeeScheduleForm.check(form("charge_97110", "0", "charge_97112", "5.555",
                "allowed_97140", "20", "charge_97530", "100000", "allowed_97530", "-1"),
                List.of("97110", "97112", "97140", "97530"));
        assertThat(checked.valid()).isFalse();
        assertThat(checked.fees()).isEmpty();
        assertThat(checked.errors()).containsKeys("charge_97110", "charge_97112", "charge_97140", "charge_97530",
                "allowed_97530");
        assertThat(checked.errors().get("charge_97110")).contains("more than zero");
        assertThat(checked.errors().get("charge_97140")).contains("Enter the charge too");
        assertThat(checked.errors().get("charge_97530")).contains("At most");
        assertThat(checked.errors().get("allowed_97530")).contains("dollars and cents");
        assertThat(FeeScheduleForm.check(form("allowed_97110", "0", "charge_97110", "10"), List.of("97110")).valid())
                .as("an allowed amount of zero is possible").isTrue();
    }

    private static Map<String, List<String>> settings() {
        return form("taxonomy", "225100000x", "placeOfService", "11", "senderId", "harborpt", "receiverId", "CLEARCO",
                "receiverName", "Clear Co", "submitterName", "Harbor Street PT", "contactName", "Morgan Hale",
                "contactPhone", "(207) 555-0100", "usage", "P", "nextControlNumber", "41",
                "payerName_MEDICARE", "Medicare Part B", "payerId_MEDICARE", "MCR01");
    }

    @Test
    void clearinghouseSettingsAreReadAndNormalised() {
        ClearinghouseForm.Checked checked = ClearinghouseForm.check(settings());
        assertThat(checked.errors()).isEmpty();
        ClearinghouseSettings s = checked.settings();
        assertThat(s.taxonomy()).isEqualTo("225100000X");
        assertThat(s.senderId()).isEqualTo("HARBORPT");
        assertThat(s.contactPhone()).isEqualTo("2075550100");
        assertThat(s.usage()).isEqualTo('P');
        assertThat(s.nextControlNumber()).isEqualTo(41);
        assertThat(s.payers()).containsOnlyKeys(Payer.MEDICARE);
        assertThat(s.payers().get(Payer.MEDICARE)).isEqualTo(new PayerIdentity("Medicare Part B", "MCR01"));
    }

    @Test
    void blankTextSettingsMaySaveButWhatIsTypedMustFitTheClaimFile() {
        ClearinghouseForm.Checked blank = ClearinghouseForm.check(form("placeOfService", "11", "usage", "T",
                "nextControlNumber", "1"));
        assertThat(blank.valid()).isTrue();
        assertThat(blank.settings().senderId()).isNull();

        Map<String, List<String>> bad = settings();
        bad.putAll(form("taxonomy", "2251", "placeOfService", "office", "senderId", "WAY-TOO-LONG-SENDER",
                "receiverName", "Clear*Co", "contactPhone", "555-01", "usage", "X", "nextControlNumber", "0",
                "payerName_COMMERCIAL", "Acme"));
        ClearinghouseForm.Checked checked = ClearinghouseForm.check(bad);
        assertThat(checked.errors()).containsOnlyKeys("taxonomy", "placeOfService", "senderId", "receiverName",
                "contactPhone", "usage", "nextControlNumber", "payerId_COMMERCIAL");
        assertThat(checked.errors().get("receiverName")).contains("Leave out *");
        assertThat(checked.settings()).isNull();
    }

    @Test
    void theControlNumberStartsAgainAfterItsLargestValue() {
        assertThat(ClearinghouseSettings.nextAfter(41)).isEqualTo(42);
        assertThat(ClearinghouseSettings.nextAfter(999_999_999)).isEqualTo(1);
    }
}
