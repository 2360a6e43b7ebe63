package org.rhomboid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/**
 * Behind a TLS proxy (issue 15, item 12): X-Forwarded-* believed from the configured proxies only; a request that
 * came over https gets Strict-Transport-Security and a Secure session cookie; plain http does not.
 */
@RhomboidIntegrationTest
class TransportIT {

    @LocalServerPort
    int port;
    @Autowired
    Environment environment;

    private HttpResponse<String> login(String proto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
        if (proto != null) {
            request.header("X-Forwarded-Proto", proto);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void httpsFromTheTrustedProxyIsSecureAndStrict() throws Exception {
        HttpResponse<String> secure = login("https");
        assertThat(secure.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(h -> assertThat(h).contains("max-age="));
        assertThat(secure.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("Secure"));

        HttpResponse<String> plain = login(null);
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie")).noneSatisfy(c -> assertThat(c).contains("Secure"));
    }

    @Test
    void onlyTheConfiguredProxiesAreBelieved() {
        Pattern trusted = Pattern.compile(environment.getRequiredProperty("server.tomcat.remoteip.internal-proxies"));
        assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
        // Private networks and the internet are not proxies unless the operator says so (RHOMBOID_TRUSTED_PROXIES).
        for (String address : new String[] {"10.0.0.5", "192.168.1.20", "172.16.4.4", "203.0.113.9", "127.0.0.10"}) {
            assertThat(trusted.matcher(address).matches()).as(address).isFalse();
        }
        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("native");
    }
}
