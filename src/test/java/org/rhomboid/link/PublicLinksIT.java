package org.rhomboid.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.support.CompleteIntake;
import org.rhomboid.support.IntakeLinks;
import org.rhomboid.support.Pdfs;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Host header injection: a request whose Host (and X-Forwarded-Host, Forwarded) names another site must not put that
 * site in front of a patient's secret link — on the page, in the QR code, or on the printed handout. Links start
 * with the configured public address; unset in tests, that is this machine's own address and port.
 */
@RhomboidIntegrationTest
class PublicLinksIT {

    private static final Pattern URL = Pattern.compile("id=\"(?:intake|measures|portal)-url\"[^>]*>(http[^<]+)<");
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;

    TestClinics.Clinic clinic;
    WebSession therapist;
    String episode;

    @BeforeEach
    void clinic() {
        clinic = clinics.create("Hostington");
        therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        episode = "/episodes/" + clinic.episode().id();
    }

    private String home() {
        return "http://localhost:" + port;
    }

    @Test
    void intakeMeasuresAndPortalLinksIgnoreAForgedHost() throws Exception {
        String intake = linkOn(forged(episode + "/intake-link", Map.of(), episode));
        assertThat(intake).startsWith(home() + "/intake/").doesNotContain("evil");
        assertThat(WebSession.anonymous(port).get(intake.substring(home().length())).status()).as("and it opens")
                .isEqualTo(200);

        String measures = linkOn(forged(episode + "/measures-link", Map.of("instrument", "GROC"),
                episode + "/outcomes"));
        assertThat(measures).startsWith(home() + "/measures/").doesNotContain("evil");

        Raw portalPage = forged(episode + "/portal-link", Map.of(), episode + "/hep");
        String portal = linkOn(portalPage);
        assertThat(portal).startsWith(home() + "/portal/").doesNotContain("evil");
        assertThat(portalPage.text()).as("nor in the QR code's page").doesNotContain("evil.example");
    }

    @Test
    void theHandoutsAddressAndQrCodeIgnoreAForgedHost() throws Exception {
        IntakeLinks.complete(port, therapist, episode, CompleteIntake.fields());
        String hep = episode + "/hep";
        Matcher row = Pattern.compile("name=\"ex\\.(\\d+)\\.code\" value=\"cat-cow\"").matcher(therapist.get(hep).body());
        assertThat(row.find()).isTrue();
        String i = row.group(1);
        Map<String, List<String>> prescription = new HashMap<>(Map.of("ex." + i + ".code", List.of("cat-cow"),
                "ex." + i + ".sets", List.of("2"), "ex." + i + ".reps", List.of("10"),
                "ex." + i + ".timesPerDay", List.of("1"), "ex." + i + ".daysPerWeek", List.of("7"),
                "ex." + i + ".safetyNote", List.of("Mid-range only"),
                "ex." + i + ".patientNote", List.of("Keep the movement small")));
        assertThat(therapist.postMulti(hep, prescription, hep).status()).isEqualTo(302);
        Raw issued = forged(episode + "/portal-link", Map.of(), hep);
        Matcher token = TOKEN.matcher(issued.text());
        assertThat(token.find()).isTrue();

        Raw handout = forged(hep + "/handout", Map.of("token", token.group(1)), hep);
        assertThat(handout.status()).isEqualTo(200);
        String expected = home() + "/portal/" + token.group(1);
        assertThat(Pdfs.text(handout.body())).contains(expected).doesNotContain("evil");
        assertThat(Pdfs.qrCode(Pdfs.firstPage(handout.body(), "hep-handout-forged-host", 300))).as("the printed QR code")
                .isEqualTo(expected);
    }

    private static String linkOn(Raw page) {
        assertThat(page.status()).isEqualTo(200);
        Matcher matcher = URL.matcher(page.text());
        assertThat(matcher.find()).as("the page shows the link").isTrue();
        return matcher.group(1);
    }

    /** An HTTP response read off the wire. */
    private record Raw(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * The therapist's form post, sent by hand: Java's HTTP client will not forge a Host header, so this writes
     * HTTP/1.0 to a socket (no chunked answer to decode) with the session's cookie and the form's CSRF token.
     */
    private Raw forged(String path, Map<String, String> fields, String fromPage) throws IOException {
        Map<String, String> form = new HashMap<>(fields);
        form.put("_csrf", WebSession.csrfFrom(therapist.get(fromPage).body()));
        byte[] body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.0\r\n"
                + "Host: evil.example\r\n"
                + "X-Forwarded-Host: evil.example\r\n"
                + "X-Forwarded-Proto: https\r\n"
                + "Forwarded: host=evil.example;proto=https\r\n"
                + "Cookie: " + therapist.cookieHeader() + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            byte[] response = socket.getInputStream().readAllBytes();
            int end = indexOf(response, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String statusLine = new String(response, 0, indexOf(response, "\r\n".getBytes(StandardCharsets.US_ASCII)),
                    StandardCharsets.US_ASCII);
            return new Raw(Integer.parseInt(statusLine.split(" ")[1]),
                    Arrays.copyOfRange(response, end + 4, response.length));
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("Not an HTTP response");
    }
}
