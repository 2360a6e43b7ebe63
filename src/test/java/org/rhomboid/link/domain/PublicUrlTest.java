package org.rhomboid.link.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublicUrlTest {

    @Test
    void linksStartWithTheConfiguredAddress() {
        assertThat(PublicUrl.parse("https://rhomboid.harbor-pt.example").to("/portal/abc"))
                .isEqualTo("https://rhomboid.harbor-pt.example/portal/abc");
        assertThat(PublicUrl.parse(" https://Clinic.Example:8443/rhomboid/ ").to("/intake/t"))
                .as("trimmed, host lower-cased, path kept without its trailing slash")
                .isEqualTo("https://clinic.example:8443/rhomboid/intake/t");
    }

    @Test
    void theDemoDefaultIsThisMachinesPort() {
        assertThat(PublicUrl.local(8080, "").to("/measures/x")).isEqualTo("http://localhost:8080/measures/x");
        assertThat(PublicUrl.local(61234, "/app").base()).isEqualTo("http://localhost:61234/app");
    }

    @Test
    void anythingButAPlainWebAddressIsRefusedWithTheReason() {
        assertThatThrownBy(() -> PublicUrl.parse("rhomboid.example")).hasMessageContaining("https://");
        assertThatThrownBy(() -> PublicUrl.parse("javascript:alert(1)")).hasMessageContaining("https://");
        assertThatThrownBy(() -> PublicUrl.parse("https://")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PublicUrl.parse("https://user:pw@clinic.example")).hasMessageContaining("address only");
        assertThatThrownBy(() -> PublicUrl.parse("https://clinic.example/?next=evil")).hasMessageContaining("address only");
        assertThatThrownBy(() -> PublicUrl.parse("https://clinic.example/#x")).hasMessageContaining("address only");
        assertThatThrownBy(() -> PublicUrl.parse("https://clinic example")).hasMessageContaining("not a valid URL");
    }
}
