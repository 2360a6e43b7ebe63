package org.rhomboid.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SettingChangesTest {

    record Setting(String name, BigDecimal fee, boolean cosign) {}

    record Other(String name) {}

    @Test
    void namesTheFieldsThatChangedAndNotTheirValues() {
        Setting before = new Setting("Harbor", new BigDecimal("10.0"), false);
        assertThat(SettingChanges.describe(before, new Setting("Harbor", new BigDecimal("10.00"), false))).isEmpty();
        assertThat(SettingChanges.describe(before, new Setting("Harbour", new BigDecimal("12"), true)))
                .hasValue("changed: name, fee, cosign");
        assertThat(SettingChanges.between(before, new Setting(null, new BigDecimal("10"), false)))
                .containsExactly("name");
    }

    @Test
    void onlySettingsOfOneKindCompare() {
        assertThatThrownBy(() -> SettingChanges.between(new Other("a"), new Setting("a", null, false)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fieldsAreNamedInWordsAnAuditorReads() {
        org.assertj.core.api.Assertions.assertThat(SettingChanges.words("postalCode")).isEqualTo("postal code");
        org.assertj.core.api.Assertions.assertThat(SettingChanges.words("taxId")).isEqualTo("tax ID");
        org.assertj.core.api.Assertions.assertThat(SettingChanges.words("npi")).isEqualTo("NPI");
        org.assertj.core.api.Assertions.assertThat(SettingChanges.words("progressAdherencePercent"))
                .isEqualTo("progress adherence percent");
    }
}
