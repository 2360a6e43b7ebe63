package org.rhomboid.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every answer carries a request id: the proxy's when it is a plain short token, else a new one. */
@RhomboidIntegrationTest
class RequestIdIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    HttpResponse<String> get(String path, String requestId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static String idOf(HttpResponse<String> response) {
        return response.headers().firstValue("X-Request-Id").orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/api/v1/patients/search", "/actuator/prometheus", "/patients"})
    void aWellFormedIdFromTheProxyIsKept(String path) {
        assertThat(idOf(get(path, "3f2a9c1e8b7d4a60b1c2d3e4f5a6b7c8"))).isEqualTo("3f2a9c1e8b7d4a60b1c2d3e4f5a6b7c8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "has space in it", "semi;colon-abcdef", "<script>alert(1)</script>",
            "Quinn Ashworth 1960-02-14", "0123456789012345678901234567890123456789012345678901234567890123456789"})
    void anythingElseIsReplacedByANewId(String given) {
        String id = idOf(get("/login", given));
        assertThat(id).isNotEqualTo(given);
        assertThat(UUID.fromString(id)).isNotNull();
    }

    @Test
    void withoutOneEachRequestGetsItsOwnAndErrorPagesKeepIt() {
        String first = idOf(get("/login", null));
        String second = idOf(get("/login", null));
        assertThat(first).isNotEqualTo(second);
        HttpResponse<String> missing = get("/css/nothing-here.css", "errorpage-0001");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(idOf(missing)).isEqualTo("errorpage-0001");
    }
}
