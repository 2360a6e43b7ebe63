package org.rhomboid.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublicLinksTest {

    @Test
    void everyPatientLinkStartsWithTheConfiguredAddress() {
        PublicLinks links = new PublicLinks("https://rhomboid.harbor-pt.example/", 8080, "");
        assertThat(links.intake("t0k3n")).isEqualTo("https://rhomboid.harbor-pt.example/intake/t0k3n");
        assertThat(links.measures("t0k3n")).isEqualTo("https://rhomboid.harbor-pt.example/measures/t0k3n");
        assertThat(links.portal("t0k3n")).isEqualTo("https://rhomboid.harbor-pt.example/portal/t0k3n");
    }

    @Test
    void unsetItIsThisMachineForTheDemo() {
        assertThat(new PublicLinks("", 8080, "").portal("x")).isEqualTo("http://localhost:8080/portal/x");
        assertThat(new PublicLinks(null, 9090, "/rhomboid").intake("x")).isEqualTo("http://localhost:9090/rhomboid/intake/x");
    }

    @Test
    void aTokenIsOnePathSegment() {
        assertThat(new PublicLinks("https://clinic.example", 8080, "").intake("a/b?c")).endsWith("/intake/a%2Fb%3Fc");
    }

    @Test
    void anUnusableAddressStopsTheStartWithWhatToSet() {
        assertThatThrownBy(() -> new PublicLinks("rhomboid.clinic.example", 8080, ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RHOMBOID_PUBLIC_URL").hasMessageContaining("https://");
    }
}
