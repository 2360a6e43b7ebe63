package org.rhomboid.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.FileAppender;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.PatientDataInLogs;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.ScansTheLog;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * No patient data in the log. Runs after every other integration test (browser tests included; ScansTheLog), in
 * the same JVM, so the file the test logging writes (src/test/resources/logback-spring.xml) holds everything the
 * application logged for the whole suite. It first sends requests of its own that carry a patient's name, birth
 * date and MRN where a careless log would pick them up, then searches this run's lines for every patient in the
 * database: the demo clinic's, every test clinic's, and everyone the tests registered.
 */
@RhomboidIntegrationTest
@ScansTheLog
class LogScanIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    @Test
    void theApplicationLogsNoPatientData() throws IOException {
        TestClinics.Clinic clinic = clinics.create("Logscanley");
        String requestId = "logscan-" + UUID.randomUUID().toString().substring(0, 8);
        String mrn = clinic.patient().mrn();
        ApiClient pt = ApiClient.signedIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);

        // A search, refused and malformed bodies, a duplicate MRN, addresses that lead nowhere: each answer may
        // quote what was sent, the log may not.
        assertThat(api(pt, "POST", "/api/v1/patients/search", "{\"query\":\"Logscanley Quinn 1960-02-14\"}",
                requestId).statusCode()).isEqualTo(200);
        assertThat(api(pt, "POST", "/api/v1/patients", "{\"familyName\":\"Logscanley\",\"givenName\":\"Quinn\","
                + "\"birthDate\":\"1960-02-14\",\"sex\":\"NOPE\",\"mrn\":\"" + mrn + "\"}", null).statusCode())
                .isEqualTo(400);
        assertThat(api(pt, "POST", "/api/v1/patients", "{\"familyName\":\"Logscanley\",\"givenName\":", null)
                .statusCode()).isEqualTo(400);
        assertThat(api(pt, "POST", "/api/v1/patients", "{\"familyName\":\"Logscanley\",\"givenName\":\"Quinn\","
                + "\"birthDate\":\"1960-02-14\",\"sex\":\"FEMALE\",\"primaryPayer\":\"SELF_PAY\",\"mrn\":\"" + mrn
                + "\"}", null).statusCode()).isBetween(400, 409);
        assertThat(api(pt, "GET", "/api/v1/patients/" + mrn, null, null).statusCode()).isEqualTo(404);
        assertThat(api(pt, "GET", "/api/v1/nowhere/Logscanley/" + mrn, null, null).statusCode()).isEqualTo(404);
        WebSession web = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        assertThat(web.get("/patients?q=" + URLEncoder.encode("Logscanley, Quinn", StandardCharsets.UTF_8)).status())
                .isEqualTo(200);
        assertThat(web.get("/nowhere/Logscanley/1960-02-14").status()).isEqualTo(404);

        Path log = capturedLog();
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        long pid = ProcessHandle.current().pid();
        Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        // The capture works: this run's lines are JSON with the request id and the route, not the address typed.
        assertThat(lines.stream().map(PatientDataInLogs::parse)
                .filter(json -> json != null && PatientDataInLogs.pidOf(json) == pid
                        && !PatientDataInLogs.loggedAt(json).isBefore(started))
                .filter(json -> requestId.equals(requestIdOf(json)))
                .map(json -> json.path("message").asString()))
                .as("the search's closing line in " + log)
                .anySatisfy(message -> assertThat(message).startsWith("POST /api/v1/patients/search 200"));

        List<PatientDataInLogs.Patient> patients = PatientDataInLogs.inDatabase(owner);
        PatientDataInLogs scan = PatientDataInLogs.of(patients, LocalDate.now());
        assertThat(scan.searchedNames()).as("names searched for").isGreaterThan(10);
        assertThat(scan.scanText(0, "Logscanley " + mrn)).as("the scan knows this test's patient").hasSize(2);
        List<PatientDataInLogs.Finding> findings = scan.scan(lines, pid, started);
        assertThat(findings).as("patient data in " + log + " (process " + pid + "): " + findings.stream().limit(20)
                .map(f -> f + " in " + lines.get(f.line() - 1)).toList()).isEmpty();
    }

    private static String requestIdOf(JsonNode json) {
        JsonNode id = json.findValue(RequestIdFilter.MDC_KEY);
        return id == null ? null : id.asString();
    }

    private HttpResponse<String> api(ApiClient client, String method, String path, String json, String requestId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + client.token())
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file the test logging configuration writes; missing means the capture is not in force. */
    private static Path capturedLog() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var appender = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("CAPTURED");
        assertThat(appender).as("the CAPTURED appender of src/test/resources/logback-spring.xml")
                .isInstanceOf(FileAppender.class);
        return Path.of(((FileAppender<?>) appender).getFile());
    }
}
