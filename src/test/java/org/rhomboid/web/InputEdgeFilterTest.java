package org.rhomboid.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class InputEdgeFilterTest {

    private final InputEdgeFilter filter = new InputEdgeFilter(20 * 1024 * 1024);

    private static MockHttpServletRequest post(String path, String contentType) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContentType(contentType);
        return request;
    }

    /** What the rest of the application saw, or null when the edge answered. */
    private ServletRequest pass(MockHttpServletRequest request, MockHttpServletResponse response) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        return chain.getRequest();
    }

    @Test
    void formFieldsArriveWithoutControlCharactersAndWithoutNamesNoFormHas() throws Exception {
        MockHttpServletRequest request = post("/patients", "application/x-www-form-urlencoded");
        request.addParameter("familyName", "Ash\u0000worth");
        request.addParameter("goals", "Swim", "Lift\u0007");
        request.addParameter("go\u0000als", "hidden");
        ServletRequest seen = pass(request, new MockHttpServletResponse());

        assertThat(seen.getParameter("familyName")).isEqualTo("Ashworth");
        assertThat(seen.getParameterValues("goals")).containsExactly("Swim", "Lift");
        assertThat(seen.getParameterMap()).containsOnlyKeys("familyName", "goals");
        assertThat(seen.getParameter("go\u0000als")).isNull();
        assertThat(seen.getParameterValues("go\u0000als")).isEmpty();
        assertThat(java.util.Collections.list(seen.getParameterNames())).containsExactly("familyName", "goals");
    }

    @Test
    void multipartOnTheApiIsUnsupported() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(pass(post("/api/v1/patients", "multipart/form-data; boundary=abc"), response)).isNull();
        assertThat(response.getStatus()).isEqualTo(415);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":415").contains("application/json");
    }

    @Test
    void aFormWithoutABoundaryIsA400Page() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(pass(post("/episodes/x/exam", "multipart/form-data"), response)).isNull();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("The form could not be read").doesNotContain("<script")
                .doesNotContain("style=");
        assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'");
    }

    @Test
    void wildcardAndUnreadableContentTypesAreRefused() throws Exception {
        for (String type : new String[] {"*/*", "application/*", "multipart/*", "not a type", "text/plain; =x"}) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            assertThat(pass(post("/api/v1/patients", type), response)).as(type).isNull();
            assertThat(response.getStatus()).as(type).isEqualTo(415);
        }
        MockHttpServletResponse page = new MockHttpServletResponse();
        assertThat(pass(post("/patients", "*/*"), page)).isNull();
        assertThat(page.getStatus()).isEqualTo(400);
    }

    @Test
    void aFieldOverTheCapIsRefusedAsTooLarge() throws Exception {
        MockHttpServletRequest request = post("/patients", "application/x-www-form-urlencoded");
        request.addParameter("familyName", "x".repeat(10_001));
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(pass(request, response)).isNull();
        assertThat(response.getStatus()).isEqualTo(413);

        MockHttpServletRequest atTheCap = post("/patients", "application/x-www-form-urlencoded");
        atTheCap.addParameter("familyName", "x".repeat(10_000));
        assertThat(pass(atTheCap, new MockHttpServletResponse())).isNotNull();
    }

    /** A request whose form the server can't decode, as Tomcat reports it: on the first read of the parameters. */
    private static MockHttpServletRequest undecodable(String path) {
        return new MockHttpServletRequest("GET", path) {
            @Override
            public Map<String, String[]> getParameterMap() {
                throw new IllegalStateException("Tomcat: invalid UTF-8 in the query string");
            }
        };
    }

    @Test
    void aFormTheServerCannotDecodeIsA400() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(pass(undecodable("/admin/audit"), response)).isNull();
        assertThat(response.getStatus()).isEqualTo(400);

        MockHttpServletResponse api = new MockHttpServletResponse();
        assertThat(pass(undecodable("/api/v1/patients"), api)).isNull();
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void jsonAndPlainRequestsPassUntouched() throws Exception {
        MockHttpServletRequest json = post("/api/v1/patients", "application/json");
        json.setContent("{\"familyName\":\"Val\\u0000id\"}".getBytes());
        assertThat(pass(json, new MockHttpServletResponse())).isNotNull();
        assertThat(pass(new MockHttpServletRequest("GET", "/patients"), new MockHttpServletResponse())).isNotNull();
    }
}
