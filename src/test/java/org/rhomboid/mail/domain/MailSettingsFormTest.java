package org.rhomboid.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailSettingsFormTest {

    private static Map<String, List<String>> form(String... pairs) {
        Map<String, List<String>> form = new HashMap<>(Map.of("host", List.of("smtp.example.com"), "port", List.of("587"),
                "security", List.of("STARTTLS"), "username", List.of("frontdesk"), "password", List.of("s3cret"),
                "fromAddress", List.of("frontdesk@clinic.example"), "fromName", List.of("Harbour Physio"),
                "leadHours", List.of("24"), "remindersOn", List.of("on")));
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], List.of(pairs[i + 1]));
        }
        return form;
    }

    @Test
    void aCompleteFormIsKept() {
        MailSettingsForm.Checked checked = MailSettingsForm.check(form(), false);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.settings()).isEqualTo(new MailSettings("smtp.example.com", 587, SmtpSecurity.STARTTLS,
                "frontdesk", true, "frontdesk@clinic.example", "Harbour Physio", 24, true));
        assertThat(checked.password()).isEqualTo("s3cret");
    }

    @Test
    void eachProblemIsNamedBesideItsField() {
        MailSettingsForm.Checked checked = MailSettingsForm.check(form("host", "http://smtp.example.com:587",
                "port", "70000", "security", "ROT13", "fromAddress", "Front desk <x@clinic.example>",
                "leadHours", "0", "fromName", "Harbour\nBcc: x"), false);
        assertThat(checked.errors()).containsOnlyKeys("host", "port", "security", "fromAddress", "leadHours",
                "fromName");
        assertThat(checked.errors().get("port")).contains("1 to 65535");
    }

    @Test
    void noEncryptionOnlyForARelayOnThisMachine() {
        assertThat(MailSettingsForm.check(form("security", "NONE"), false).errors()).containsKey("security");
        assertThat(MailSettingsForm.check(form("security", "NONE", "host", "127.0.0.1"), false).errors()).isEmpty();
        assertThat(MailSettingsForm.check(form("security", "NONE", "host", "localhost"), false).errors()).isEmpty();
    }

    @Test
    void aBlankPasswordKeepsTheStoredOneAndIsAskedForOtherwise() {
        MailSettingsForm.Checked kept = MailSettingsForm.check(form("password", ""), true);
        assertThat(kept.errors()).isEmpty();
        assertThat(kept.password()).isNull();
        assertThat(kept.settings().hasPassword()).isTrue();
        assertThat(MailSettingsForm.check(form("password", ""), false).errors()).containsKey("password");
        assertThat(MailSettingsForm.check(form("password", "", "clearPassword", "on"), true).errors())
                .containsKey("password");
        MailSettingsForm.Checked noUser = MailSettingsForm.check(form("password", "", "username", "",
                "clearPassword", "on"), true);
        assertThat(noUser.errors()).isEmpty();
        assertThat(noUser.clearPassword()).isTrue();
        assertThat(noUser.settings().hasPassword()).isFalse();
    }

    @Test
    void requiredFieldsAreAskedFor() {
        MailSettingsForm.Checked checked = MailSettingsForm.check(Map.of(), false);
        assertThat(checked.errors()).containsOnlyKeys("host", "port", "security", "fromAddress", "leadHours");
    }
}
