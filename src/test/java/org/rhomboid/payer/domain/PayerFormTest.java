package org.rhomboid.payer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rhomboid.billing.domain.UnitMethod;

class PayerFormTest {

    private static Map<String, List<String>> form(Map<String, String> base, String... pairs) {
        Map<String, List<String>> form = new HashMap<>();
        base.forEach((k, v) -> form.put(k, List.of(v)));
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], List.of(pairs[i + 1]));
        }
        return form;
    }

    @Test
    void aNewPayerStartsWithItsKindsRulesAndTheSafeFilingLimit() {
        Map<String, String> medicare = PayerForm.defaults(FilingIndicator.MB);
        assertThat(medicare).containsEntry("unitMethod", "CMS").containsEntry("medicareRules", "yes")
                .containsEntry("timelyFilingDays", "365");
        Map<String, String> commercial = PayerForm.defaults(FilingIndicator.BL);
        assertThat(commercial).containsEntry("unitMethod", "AMA").containsEntry("medicareRules", "")
                .containsEntry("timelyFilingDays", "90").containsEntry("ncci", "yes");
    }

    @Test
    void aCompletePayerIsAccepted() {
        PayerForm.Checked checked = PayerForm.check(form(PayerForm.defaults(FilingIndicator.BL), "name",
                "Anthem Blue Cross", "payerId", "040ab", "addressLine", "PO Box 533", "city", "North Haven", "state",
                "ct", "postalCode", "06473-0533", "phone", "(800) 555-0100", "priorAuthorization", "yes"), null);
        assertThat(checked.errors()).isEmpty();
        PayerProfile p = checked.payer();
        assertThat(p.payerId()).isEqualTo("040AB");
        assertThat(p.filingIndicator()).isEqualTo(FilingIndicator.BL);
        assertThat(p.address()).isEqualTo(new PayerProfile.Address("PO Box 533", "North Haven", "CT", "064730533",
                "8005550100"));
        assertThat(p.unitMethod()).isEqualTo(UnitMethod.AMA);
        assertThat(p.priorAuthorization()).isTrue();
        assertThat(p.active()).isTrue();
        assertThat(PayerForm.typed(p)).containsEntry("postalCode", "064730533").containsEntry("state", "CT");
    }

    @Test
    void medicareIsAlwaysBilledByTheEightMinuteRuleWithMedicaresRules() {
        PayerForm.Checked checked = PayerForm.check(form(PayerForm.defaults(FilingIndicator.MB), "name",
                "Medicare", "payerId", "12502", "unitMethod", "AMA", "medicareRules", ""), null);
        assertThat(checked.errors()).containsKeys("unitMethod", "medicareRules");
    }

    @Test
    void eachMistakeIsNamedBesideItsField() {
        PayerForm.Checked checked = PayerForm.check(form(Map.of(), "name", "Acme*Health", "payerId", "A",
                "filingIndicator", "XX", "addressLine", "1 Main St", "state", "ZZ", "postalCode", "123",
                "phone", "555", "unitMethod", "SOMETIMES", "distinctModifier", "GP", "timelyFilingDays", "0"), null);
        assertThat(checked.valid()).isFalse();
        assertThat(checked.errors()).containsKeys("name", "payerId", "filingIndicator", "city", "state",
                "postalCode", "phone", "unitMethod", "distinctModifier", "timelyFilingDays");
        assertThat(checked.errors().get("name")).contains("*");
    }

    @Test
    void theAddressIsAllOrNothingAndTheFilingLimitIsRequired() {
        PayerForm.Checked noAddress = PayerForm.check(form(PayerForm.defaults(FilingIndicator.CI), "name", "Aetna",
                "payerId", "60054"), null);
        assertThat(noAddress.errors()).isEmpty();
        assertThat(noAddress.payer().address().given()).isFalse();
        PayerForm.Checked noDays = PayerForm.check(form(PayerForm.defaults(FilingIndicator.CI), "name", "Aetna",
                "payerId", "60054", "timelyFilingDays", ""), null);
        assertThat(noDays.errors()).containsOnlyKeys("timelyFilingDays");
    }

    @Test
    void everyFilingIndicatorCodeIsTheTwoCharacterX12Code() {
        for (FilingIndicator f : FilingIndicator.values()) {
            assertThat(f.code()).matches("[0-9A-Z]{2}");
            assertThat(FilingIndicator.ofCode(f.code().toLowerCase())).contains(f);
        }
        assertThat(FilingIndicator.ofCode("Q9")).isEmpty();
    }
}
