package org.rhomboid.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.billing.claim.X12Validator;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.ClinicBilling;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.SignedEvaluation;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prior authorizations on real PostgreSQL: entered by the front desk on the page (mistakes beside their field), the
 * used count moving as notes are signed, the worklist listing it when it runs out, a note signed outside its dates
 * carrying the warning (shown before signing too), corrected with a reason, the 837P carrying REF*G1 with the
 * number for the date it covers only, and another clinic unable to read it.
 */
@RhomboidIntegrationTest
class AuthorizationsIT {

    private static final LocalDate TODAY = LocalDate.now();
    private static final Pattern NOTE = Pattern.compile("/notes/([0-9a-f-]{36})");

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;
    @Autowired
    JdbcClient appJdbc;
    @Autowired
    TransactionTemplate transaction;

    private JdbcClient db() {
        return JdbcClient.create(owner);
    }

    @Test
    void anAuthorizationFromEntryToClaim() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Authorson");
        ClinicBilling.setUp(port, owner, clinic, "1234567893", "Dr. Alan Brooks", "1679576722");
        db().sql("update patient set primary_payer = 'COMMERCIAL', member_id = 'ACM7788001' where id = :id")
                .param("id", clinic.patient().id()).update();
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(10));
        WebSession frontDesk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        WebSession therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        ApiClient biller = ApiClient.signedIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        String patient = clinic.patient().id().toString();
        String page = "/patients/" + patient + "/authorizations";

        // The chart leads to the page; the front desk enters it; a mistake is shown beside its field, typing kept.
        assertThat(frontDesk.get("/patients/" + patient).body()).contains(page);
        Map<String, String> form = new HashMap<>(Map.of("number", "PA 7788", "payerKind", "COMMERCIAL",
                "payerName", "Acme Health", "startDate", TODAY.minusDays(10).toString(),
                "endDate", TODAY.plusDays(30).toString(), "visitsAllowed", "4", "codes", ""));
        WebSession.Page refused = frontDesk.post(page, form, page);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Use letters, digits and hyphens only").contains("value=\"PA 7788\"")
                .contains("value=\"Acme Health\"");
        form.put("number", "PA-7788");
        assertThat(frontDesk.post(page, form, page).status()).isEqualTo(302);
        assertThat(frontDesk.get(page).body()).contains("PA-7788").contains("Authorization added.");

        // The evaluation's visit counts; a daily note moves the count.
        JsonNode before = authorization(biller, patient);
        int usedBefore = before.get("visitsUsed").asInt();
        assertThat(usedBefore).isEqualTo(1);
        assertThat(before.get("runningOut").asBoolean()).isFalse();
        ClinicBilling.signDailyNote(therapist, clinic, TODAY);
        JsonNode after = authorization(biller, patient);
        assertThat(after.get("visitsUsed").asInt()).isEqualTo(usedBefore + 1);
        assertThat(after.get("visitsRemaining").asInt()).isEqualTo(2);
        assertThat(after.get("runningOut").asBoolean()).isTrue();
        assertThat(after.get("status").asString()).isEqualTo("IN_FORCE");

        // Two visits left: the worklist lists it for the clinic, linking to the page.
        String worklist = therapist.get("/compliance?scope=clinic").body();
        assertThat(worklist).contains("data-kind=\"AUTHORIZATION_RUNNING_OUT\"").contains("data-patient=\"" + patient + "\"")
                .contains("Authorization PA-7788 (Acme Health) is running out");

        // Corrected with a reason (required): it now starts today, so yesterday falls outside it.
        UUID authorizationId = UUID.fromString(after.get("id").asString());
        String correct = "/authorizations/" + authorizationId + "/correct";
        form.put("startDate", TODAY.toString());
        WebSession.Page noReason = frontDesk.post(correct, form, correct);
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.body()).contains("Say why the record is corrected");
        form.put("reason", "Payer confirmed the start date");
        assertThat(frontDesk.post(correct, form, correct).status()).isEqualTo(302);
        assertThat(frontDesk.get(page).body()).contains("Payer confirmed the start date");
        assertThat(db().sql("select before->>'start' from authorization_correction where record_id = :id")
                .param("id", authorizationId).query(String.class).single())
                .isEqualTo(TODAY.minusDays(10).toString());

        // A note for yesterday: the warning shows before signing, and the signed note carries it.
        String notes = "/episodes/" + clinic.episode().id() + "/notes";
        Matcher started = NOTE.matcher(therapist.post(notes, Map.of("kind", "DAILY_NOTE"), notes).location());
        assertThat(started.find()).isTrue();
        String note = started.group();
        Map<String, List<String>> daily = new HashMap<>(Map.of("visitDate", List.of(TODAY.minusDays(1).toString()),
                "i0.code", List.of("97110"), "i0.minutes", List.of("25"), "totalTreatmentMinutes", List.of("30"),
                "assessment", List.of("Routine visit; progressing."), "action", List.of("save")));
        assertThat(therapist.postMulti(note, daily, note).body()).contains("id=\"authorization-flag\"")
                .contains("No prior authorization on file covers");
        daily.put("action", List.of("sign"));
        assertThat(therapist.postMulti(note, daily, note).status()).as("signed despite the warning").isEqualTo(302);
        assertThat(therapist.get(note).body()).contains("Signed with a prior-authorization warning")
                .contains("No prior authorization on file covers");
        assertThat(org.rhomboid.support.Pdfs.text(therapist.getBytes(note + "/pdf").body()))
                .contains("Signed with a prior-authorization warning");
        assertThat(db().sql("select flag from authorization_note_flag where note_id = :n")
                .param("n", UUID.fromString(started.group(1))).query(String.class).single())
                .contains("PA-7788 runs");

        // The 837P: today's claim carries REF*G1 with the number; yesterday's (outside it) carries none.
        WebSession billerWeb = WebSession.signIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        String range = "/billing/claims?from=" + TODAY.minusDays(12) + "&to=" + TODAY;
        HttpResponse<String> created = billerWeb.postForResponse("/billing/claims/batches",
                Map.of("from", TODAY.minusDays(12).toString(), "to", TODAY.toString()), range);
        assertThat(created.statusCode()).isEqualTo(200);
        String file = created.body();
        assertThat(X12Validator.validate(file).errors()).isEmpty();
        List<String> segments = Arrays.stream(file.split("~")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        assertThat(segments.stream().filter(s -> s.startsWith("REF*G1"))).containsExactly("REF*G1*PA-7788");
        int ref = segments.indexOf("REF*G1*PA-7788");
        assertThat(segments.get(ref - 1)).startsWith("CLM*");
        String dateOfRefClaim = segments.subList(ref, segments.size()).stream().filter(s -> s.startsWith("DTP*472"))
                .findFirst().orElseThrow();
        assertThat(dateOfRefClaim).isEqualTo("DTP*472*D8*" + TODAY.toString().replace("-", ""));
        assertThat(segments.stream().filter(s -> s.startsWith("CLM*"))).hasSizeGreaterThanOrEqualTo(2);

        // Audited: the page's and the API's reads name the patient.
        assertThat(db().sql("select count(*) from audit_event where clinic_id = :c and resource_type = 'PriorAuthorization'"
                        + " and patient_id = :p and action = 'READ'")
                .param("c", clinic.id()).param("p", clinic.patient().id()).query(Integer.class).single()).isPositive();

        // Another clinic can read none of it: not over the API, not by id, not in the database.
        TestClinics.Clinic other = clinics.create("Elsewhere");
        ApiClient otherBiller = ApiClient.signedIn(port, other.user(Role.BILLER).email(), TestClinics.PASSWORD);
        ApiClient.Response foreign = otherBiller.get("/api/v1/patients/" + patient + "/authorizations");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        WebSession otherDesk = WebSession.signIn(port, other.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        assertThat(otherDesk.get(correct).status()).isEqualTo(404);
        Integer seen = ClinicScope.callAs(other.id(), () -> transaction.execute(status ->
                appJdbc.sql("select count(*) from prior_authorization where id = :id").param("id", authorizationId)
                        .query(Integer.class).single()));
        assertThat(seen).isZero();
    }

    @Test
    void bookingWarningAndRoles() {
        TestClinics.Clinic clinic = clinics.create("Bookwell");
        WebSession admin = WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        String page = "/patients/" + clinic.patient().id() + "/authorizations";
        assertThat(admin.post(page, Map.of("number", "MC-1", "payerKind", "MEDICARE", "payerName", "Medicare Part B",
                "startDate", TODAY.toString(), "endDate", TODAY.plusDays(5).toString(), "visitsAllowed", "1",
                "unitsAllowed", "", "codes", "97110, 97140"), page).status()).isEqualTo(302);
        String limitPage = "/patients/" + clinic.patient().id() + "/visit-limits";
        assertThat(admin.post(limitPage, Map.of("payerKind", "MEDICARE", "payerName", "Medicare Part B",
                "year", String.valueOf(TODAY.getYear()), "visitsAllowed", "20"), page).status()).isEqualTo(302);

        JsonNode listed = ApiClient.signedIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD)
                .get("/api/v1/patients/" + clinic.patient().id() + "/authorizations").json();
        assertThat(listed.get("authorizations").get(0).get("codes").toString()).isEqualTo("[\"97110\",\"97140\"]");
        assertThat(listed.get("authorizations").get(0).get("runningOut").asBoolean()).as("ends within 7 days").isTrue();
        assertThat(listed.get("visitLimits").get(0).get("visitsRemaining").asInt()).isEqualTo(20);

        // The scheduler's question: within the dates and count, nothing; after its end, a warning.
        String warning = ClinicScope.callAs(clinic.id(), () -> transaction.execute(status ->
                authorizations.bookingWarning(clinic.patient().id(), TODAY.plusDays(10)).orElse("")));
        assertThat(warning).startsWith("No prior authorization on file covers");
        String none = ClinicScope.callAs(clinic.id(), () -> transaction.execute(status ->
                authorizations.bookingWarning(clinic.patient().id(), TODAY.plusDays(1)).orElse("")));
        assertThat(none).isEmpty();

        // Over the API: mistakes come back as problem+json naming each field; a good one is added.
        ApiClient billerApi = ApiClient.signedIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        String api = "/api/v1/patients/" + clinic.patient().id() + "/authorizations";
        ApiClient.Response bad = billerApi.post(api, """
                {"number": "X*1", "payerKind": "MEDICARE", "payerName": "Medicare Part B", "startDate": "2026-02-30",
                 "endDate": "", "visitsAllowed": null, "unitsAllowed": null, "codes": ["97110", "abc"]}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().get("errors").findValuesAsString("field"))
                .contains("number", "startDate", "endDate", "visitsAllowed", "codes");
        ApiClient.Response added = billerApi.post(api, """
                {"number": "MC-0", "payerKind": "MEDICARE", "payerName": "Medicare Part B", "startDate": "%s",
                 "endDate": "%s", "visitsAllowed": null, "unitsAllowed": 12, "codes": []}"""
                .formatted(TODAY.minusDays(60), TODAY.minusDays(30)));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("authorizations").size()).isEqualTo(2);
        assertThat(added.json().get("authorizations").get(0).get("unitsRemaining").asInt()).isEqualTo(12);

        // Not found is problem+json, never a 500.
        ApiClient.Response missing = ApiClient.signedIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD)
                .get("/api/v1/patients/" + UUID.randomUUID() + "/authorizations");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    @Autowired
    Authorizations authorizations;

    private static JsonNode authorization(ApiClient client, String patient) {
        ApiClient.Response response = client.get("/api/v1/patients/" + patient + "/authorizations");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        return response.json().get("authorizations").get(0);
    }
}
