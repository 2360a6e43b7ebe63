package org.rhomboid.claims;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.billing.claim.X12Validator;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.SignedEvaluation;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Claims from signed visits on real PostgreSQL: billing settings and fees as a biller types them, the preview with a
 * visit held back for its co-signature, the 837P batch read back with StAEDI, no visit billed twice, the assistant's
 * visit billed under the co-signing therapist, bad dates, and who may do it.
 */
@RhomboidIntegrationTest
class ClaimsIT {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String PT_NPI = "1234567893";
    private static final String CLINIC_NPI = "1245319599";
    private static final Pattern BATCH_LINK = Pattern.compile("/billing/claims/batches/([0-9a-f-]{36})/file");

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    TestClinics.Clinic clinic;
    WebSession therapist;
    WebSession biller;

    @BeforeEach
    void clinic() {
        clinic = clinics.create("Claimworth");
        therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        biller = WebSession.signIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
    }

    private JdbcClient db() {
        return JdbcClient.create(owner);
    }

    private String range() {
        return "/billing/claims?from=" + TODAY.minusDays(7) + "&to=" + TODAY;
    }

    private Map<String, String> rangeForm() {
        return Map.of("from", TODAY.minusDays(7).toString(), "to", TODAY.toString());
    }

    /** Starts and signs a daily note for the date as {@code who}: 97112 24 min and 97110 23 min (3 units). */
    private UUID signDailyNote(WebSession who, LocalDate date, boolean assistant) {
        String note = startDailyNote(who);
        assertThat(who.postMulti(note, dailyNote(date, assistant), note).status()).as("signed").isEqualTo(302);
        return UUID.fromString(note.substring("/notes/".length()));
    }

    private String startDailyNote(WebSession who) {
        String notes = "/episodes/" + clinic.episode().id() + "/notes";
        WebSession.Page started = who.post(notes, Map.of("kind", "DAILY_NOTE"), notes);
        assertThat(started.status()).isEqualTo(302);
        return started.location().substring(started.location().indexOf("/notes/"));
    }

    private static Map<String, List<String>> dailyNote(LocalDate date, boolean assistant) {
        Map<String, List<String>> f = new HashMap<>();
        f.put("visitDate", List.of(date.toString()));
        f.put("painToday", List.of("4"));
        f.put("patientReport", List.of("Sat through a workday"));
        f.put("hepAdherence", List.of("MOST"));
        f.put("i0.code", List.of("97112"));
        f.put("i0.minutes", List.of("24"));
        f.put("i1.code", List.of("97110"));
        f.put("i1.minutes", List.of("23"));
        if (assistant) {
            f.put("i0.ptaMinutes", List.of("24"));
        }
        f.put("totalTreatmentMinutes", List.of("52"));
        f.put("assessment", List.of("Better rotation."));
        f.put("plan", List.of("Progress loading."));
        f.put("action", List.of("sign"));
        return f;
    }

    /** The code the signed evaluation was billed with (97161–97163, from its complexity). */
    private String evaluationCode() {
        return db().sql("select s.code from note_service s join note n on n.id = s.note_id"
                        + " where n.episode_id = :e and n.kind = 'INITIAL_EVALUATION'")
                .param("e", clinic.episode().id()).query(String.class).single();
    }

    private void setUpClinicForBilling() {
        WebSession admin = WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        assertThat(admin.post("/admin/clinic", Map.ofEntries(Map.entry("name", "Harbor Street PT"),
                Map.entry("addressLine", "12 Harbor Street"), Map.entry("city", "Portland"),
                Map.entry("state", "ME"), Map.entry("postalCode", "04101-3301"), Map.entry("npi", CLINIC_NPI),
                Map.entry("taxId", "12-3456789"), Map.entry("requiresCosign", "true"),
                Map.entry("lateEntryDays", "3"), Map.entry("intakeLinkDays", "7"),
                Map.entry("measuresLinkDays", "7"), Map.entry("portalGraceDays", "30")), "/admin/clinic").status())
                .isEqualTo(302);
        db().sql("update app_user set npi = :npi where id = :id").param("npi", PT_NPI)
                .param("id", clinic.user(Role.PT).id()).update();
        db().sql("update patient set address_line = '7 Oak Street', city = 'Portland', state = 'ME',"
                        + " postal_code = '04102', referring_provider_name = 'Dr. Alan Brooks',"
                        + " referring_provider_npi = '1679576722' where id = :id")
                .param("id", clinic.patient().id()).update();

        // Billing settings, as a biller types them: mistakes are refused beside their field and nothing is lost.
        Map<String, String> settings = new HashMap<>(Map.ofEntries(Map.entry("taxonomy", "225100000x"),
                Map.entry("placeOfService", "11"), Map.entry("senderId", "HARBORPT"), Map.entry("receiverId", "CLEARCO"),
                Map.entry("receiverName", "Clear Co"), Map.entry("submitterName", "Harbor Street PT"),
                Map.entry("contactName", "Morgan Hale"), Map.entry("contactPhone", "555-01"),
                Map.entry("usage", "T"), Map.entry("nextControlNumber", "41"),
                Map.entry("payerName_MEDICARE", "Medicare Part B"), Map.entry("payerId_MEDICARE", ""),
                Map.entry("payerName_COMMERCIAL", "Acme*Health"), Map.entry("payerId_COMMERCIAL", "ACME1")));
        WebSession.Page refused = biller.post("/billing/settings", settings, "/billing/settings");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Ten digits, e.g. (207) 555-0100")
                .contains("Enter both the payer").contains("Leave out * : ~ and ^")
                .contains("value=\"Morgan Hale\"").contains("value=\"555-01\"");
        settings.put("contactPhone", "(207) 555-0100");
        settings.put("payerId_MEDICARE", "MCR01");
        settings.put("payerName_COMMERCIAL", "Acme Health");
        assertThat(biller.post("/billing/settings", settings, "/billing/settings").status()).isEqualTo(302);
        assertThat(biller.get("/billing/settings").body()).contains("Billing settings saved")
                .contains("value=\"225100000X\"").contains("value=\"2075550100\"").contains("value=\"MCR01\"");

        // Fees: 97112 and 97110 only; a typing mistake first.
        WebSession.Page badFee = biller.post("/billing/fees", Map.of("charge_97112", "58", "charge_97110", "fifty",
                "allowed_97140", "20"), "/billing/fees");
        assertThat(badFee.status()).isEqualTo(200);
        assertThat(badFee.body()).contains("Enter dollars and cents").contains("Enter the charge too")
                .contains("value=\"fifty\"");
        assertThat(biller.post("/billing/fees", Map.of("charge_97112", "58", "charge_97110", "$55.00",
                "allowed_97110", "31.20"), "/billing/fees").status()).isEqualTo(302);
        assertThat(biller.get("/billing/fees").body()).contains("Fee schedule saved").contains("value=\"58.00\"")
                .contains("value=\"31.20\"");
    }

    @Test
    void signedVisitsBecomeAn837PBatchAndAreBilledOnce() throws Exception {
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(14));
        setUpClinicForBilling();
        UUID ptNote = signDailyNote(therapist, TODAY.minusDays(2), false);
        WebSession assistant = WebSession.signIn(port, clinic.user(Role.PTA).email(), TestClinics.PASSWORD);
        UUID ptaNote = signDailyNote(assistant, TODAY.minusDays(1), true);

        // Preview: the therapist's visit is claimed (58 × 2 + 55 = 171), the assistant's waits for its co-signature.
        String preview = biller.get(range()).body();
        assertThat(preview).contains("$171.00").contains("97112 × 2 (GP)")
                .contains("97110 × 1 (GP)").contains("Held back (<span>1</span>)")
                .contains("awaiting a physical therapist").contains("97112 × 2 (GP, CQ)").contains("create-batch");
        assertThat(preview.replaceAll("\\s+", " ")).contains("To be claimed (<span>1</span>, <span>$171.00</span>)");

        HttpResponse<String> created = biller.postForResponse("/billing/claims/batches", rangeForm(), range());
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/edi-x12"));
        assertThat(created.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"claims-batch-1.x12\"");
        String file = created.body();
        assertThat(X12Validator.validate(file).errors()).isEmpty();
        List<String> segments = Arrays.stream(file.split("~")).map(String::strip).toList();
        assertThat(segments.get(0)).startsWith("ISA*00*").contains("*000000041*0*T*:");
        assertThat(segments).anySatisfy(s -> assertThat(s).startsWith("GS*HC*HARBORPT*CLEARCO*"))
                .anySatisfy(s -> assertThat(s).startsWith("ST*837*0001*005010X222A1"))
                .contains("PRV*BI*PXC*225100000X", "NM1*85*2*HARBOR STREET PT*****XX*" + CLINIC_NPI,
                        "N4*PORTLAND*ME*041013301", "REF*EI*123456789", "SBR*P*18*******MB",
                        "NM1*PR*2*MEDICARE PART B*****PI*MCR01", "NM1*DN*1*BROOKS*ALAN****XX*1679576722",
                        "SV1*HC:97112:GP*116*UN*2*11**1", "SV1*HC:97110:GP*55*UN*1*11**1",
                        "DTP*472*D8*" + TODAY.minusDays(2).toString().replace("-", ""), "HI*ABK:M546");
        assertThat(segments).filteredOn(s -> s.startsWith("CLM*")).singleElement()
                .satisfies(clm -> assertThat(clm).matches("CLM\\*[0-9A-Z]{12}\\*171\\*\\*\\*11:B:1\\*Y\\*A\\*Y\\*Y"));
        assertThat(segments).filteredOn(s -> s.startsWith("NM1*82*1*")).singleElement()
                .satisfies(s -> assertThat(s).endsWith("*XX*" + PT_NPI));
        assertThat(db().sql("select note_id from claim_batch_note where clinic_id = :c").param("c", clinic.id())
                .query(UUID.class).list()).containsExactly(ptNote);
        assertThat(biller.get("/billing/settings").body()).as("the control number moved on").contains("value=\"42\"");

        // Past batches are listed and download again, byte for byte.
        String page = biller.get(range()).body();
        Matcher link = BATCH_LINK.matcher(page);
        assertThat(link.find()).isTrue();
        var again = biller.getBytes(link.group());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(new String(again.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(file);

        // The same range again: the billed visit is held back as already sent; nothing to claim, no batch.
        assertThat(page).contains("Already sent in batch 1.").doesNotContain("id=\"create-batch\"");
        HttpResponse<String> nothing = biller.postForResponse("/billing/claims/batches", rangeForm(), range());
        assertThat(nothing.statusCode()).isEqualTo(303);
        assertThat(db().sql("select count(*) from claim_batch where clinic_id = :c").param("c", clinic.id())
                .query(Integer.class).single()).isOne();

        // Once co-signed, the assistant's visit is billed under the co-signing therapist, with CQ.
        assertThat(therapist.post("/notes/" + ptaNote + "/cosign", Map.of(), "/notes/" + ptaNote).status())
                .isEqualTo(302);
        HttpResponse<String> second = biller.postForResponse("/billing/claims/batches", rangeForm(), range());
        assertThat(second.statusCode()).isEqualTo(200);
        List<String> secondSegments = Arrays.stream(second.body().split("~")).map(String::strip).toList();
        assertThat(secondSegments).contains("SV1*HC:97112:GP:CQ*116*UN*2*11**1")
                .anySatisfy(s -> assertThat(s).startsWith("NM1*82*1*").endsWith("*XX*" + PT_NPI));
        assertThat(secondSegments.get(0)).contains("*000000042*");

        // Every visit shown or billed is in the audit trail against its patient.
        assertThat(db().sql("select count(*) from audit_event where clinic_id = :c and resource_type = 'Claim'"
                        + " and action = 'CREATE' and patient_id = :p")
                .param("c", clinic.id()).param("p", clinic.patient().id()).query(Integer.class).single()).isEqualTo(2);
        assertThat(db().sql("select count(*) from audit_event where clinic_id = :c and resource_type = 'Claim'"
                        + " and action = 'READ' and patient_id = :p")
                .param("c", clinic.id()).param("p", clinic.patient().id()).query(Integer.class).single()).isPositive();
    }

    @Test
    void theEvaluationTheDaysTreatmentAndASeparateSessionGoOnOneClaimForTheDay() throws Exception {
        LocalDate day = TODAY.minusDays(3);
        SignedEvaluation.sign(port, clinic, day);
        setUpClinicForBilling();
        String code = evaluationCode();
        assertThat(biller.post("/billing/fees", Map.of("charge_97112", "58", "charge_97110", "55",
                "charge_" + code, "120"), "/billing/fees").status()).isEqualTo(302);

        // The evaluation alone is a claimable visit on its own date.
        assertThat(biller.get(range()).body()).contains(code + " × 1 (GP)").contains("$120.00");

        // The day's treatment joins it; a second note for the day is refused until it is a separate session.
        signDailyNote(therapist, day, false);
        String second = startDailyNote(therapist);
        Map<String, List<String>> again = dailyNote(day, false);
        WebSession.Page refused = therapist.postMulti(second, again, second);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("already signed by").contains("separate session")
                .contains("id=\"same-day-warning\"");
        again.put("separateSession", List.of("on"));
        WebSession.Page noReason = therapist.postMulti(second, again, second);
        assertThat(noReason.body()).contains("Say why this is a separate session");
        again.put("separateSessionReason", List.of("Came back in the afternoon after a flare"));
        assertThat(therapist.postMulti(second, again, second).status()).isEqualTo(302);
        // Units count the day: 48 minutes of 97112 and 46 of 97110 are 3 units each, of which the morning billed 2 and 1.
        assertThat(therapist.get(second).body()).contains("Separate session on this date")
                .contains("97112 × 1 (GP, XE)").contains("97110 × 2 (GP, XE)");

        String preview = biller.get(range()).body().replaceAll("\\s+", " ");
        assertThat(preview).contains("To be claimed (<span>1</span>,").contains(code + " × 1 (GP)")
                .contains("97112 × 2 (GP)").contains("97112 × 1 (GP, XE)");
        HttpResponse<String> created = biller.postForResponse("/billing/claims/batches", rangeForm(), range());
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(X12Validator.validate(created.body()).errors()).isEmpty();
        List<String> segments = Arrays.stream(created.body().split("~")).map(String::strip).toList();
        assertThat(segments).filteredOn(s -> s.startsWith("CLM*")).hasSize(1);
        assertThat(segments).filteredOn(s -> s.startsWith("SV1*")).hasSize(5)
                .contains("SV1*HC:" + code + ":GP*120*UN*1*11**1", "SV1*HC:97112:GP:XE*58*UN*1*11**1");
        assertThat(db().sql("select count(distinct claim_id) || '/' || count(*) from claim_batch_note where clinic_id = :c")
                .param("c", clinic.id()).query(String.class).single()).isEqualTo("1/3");
    }

    @Test
    void aVerbalOrderPlanIsHeldUntilTheReturnedSignatureIsRecorded() throws Exception {
        LocalDate start = TODAY.minusDays(6);
        SignedEvaluation.sign(port, clinic, start);
        setUpClinicForBilling();
        // The plan was certified by a verbal order; the signature has not come back.
        try (java.sql.Connection c = owner.getConnection(); java.sql.Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("alter table plan_of_care disable trigger plan_locked");
            s.execute("update plan_of_care set certification = 'VERBAL_ORDER', signature_received = null,"
                    + " verbal_order_on = '" + start + "' where episode_id = '" + clinic.episode().id() + "'");
            s.execute("alter table plan_of_care enable trigger plan_locked");
            c.commit();
        }
        signDailyNote(therapist, TODAY.minusDays(2), false);
        assertThat(biller.get(range()).body()).contains("The plan of care is not certified")
                .contains("Awaiting the certifying signature");

        // The front desk files the signature that came back; the therapist is not needed for that.
        WebSession frontDesk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        String certification = "/episodes/" + clinic.episode().id() + "/certification";
        Map<String, String> record = new HashMap<>(Map.of("reason", "INITIAL", "method", "VERBAL_ORDER",
                "verbalOrderOn", start.toString(), "signedOn", TODAY.minusDays(1).toString(),
                "receivedOn", TODAY.toString(), "practitionerName", "Dr. Alan Brooks", "practitionerNpi", "1679576720"));
        WebSession.Page wrongNpi = frontDesk.post(certification, record, certification);
        assertThat(wrongNpi.status()).isEqualTo(200);
        assertThat(wrongNpi.body()).contains("check digit").contains("value=\"Dr. Alan Brooks\"");
        record.put("practitionerNpi", "1679576722");
        // The signed plan came back by fax: the scan goes with the record (a web page posing as a PDF is refused).
        Map<String, List<String>> multipart = new HashMap<>();
        record.forEach((k, v) -> multipart.put(k, List.of(v)));
        WebSession.Page fake = frontDesk.postMultipart(certification, multipart, "file", "signed-plan.pdf",
                "<html>not a scan</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8), certification);
        assertThat(fake.status()).isEqualTo(200);
        assertThat(fake.body()).contains("id=\"file-error\"").contains("value=\"Dr. Alan Brooks\"");
        assertThat(frontDesk.postMultipart(certification, multipart, "file", "signed-plan.pdf",
                org.rhomboid.support.TestDocuments.pdf("Plan of care signed by Dr. Alan Brooks"), certification)
                .status()).isEqualTo(302);
        assertThat(frontDesk.get(certification).body()).contains("Certified").contains("Dr. Alan Brooks")
                .contains("class=\"signed-plan-scan\"");
        assertThat(db().sql("select d.kind || ' ' || d.uploaded_by_name from plan_certification c join outside_document d"
                        + " on d.id = c.document_id where c.episode_id = :e").param("e", clinic.episode().id())
                .query(String.class).single()).startsWith("SIGNED_PLAN_OF_CARE ");
        assertThat(biller.get(range()).body()).doesNotContain("not certified").contains("id=\"create-batch\"");
        assertThat(therapist.get("/episodes/" + clinic.episode().id() + "/letters/plan-of-care").body())
                .contains("The plan is certified.").contains("Signed by Dr. Alan Brooks");

        // A recertification is the therapist's: the front desk is refused beside the field, the therapist records it.
        Map<String, String> recert = new HashMap<>(Map.of("reason", "PROGRESS_REPORT",
                "periodStart", TODAY.toString(), "periodEnd", TODAY.plusDays(41).toString(), "frequencyPerWeek", "2",
                "method", "SIGNED_PLAN", "planSentOn", TODAY.toString()));
        assertThat(frontDesk.post(certification, recert, certification).body())
                .contains("the physical therapist’s plan");
        recert.put("method", "SIGNED_REFERRAL_AND_PLAN_SENT");
        assertThat(therapist.post(certification, recert, certification).body())
                .contains("initial certification only");
        recert.put("method", "SIGNED_PLAN");
        assertThat(therapist.post(certification, recert, certification).status()).isEqualTo(302);
        assertThat(therapist.get(certification).body()).contains("Recertification after a progress report")
                .contains("Awaiting the certifying signature");
        assertThat(db().sql("select count(*) from plan_certification where clinic_id = :c").param("c", clinic.id())
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(db().sql("select count(*) from audit_event where clinic_id = :c and resource_type = 'PlanCertification'"
                        + " and action = 'CREATE'").param("c", clinic.id()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void withoutTheClinicsIdentifiersNoBatchIsMade() {
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(14));
        signDailyNote(therapist, TODAY.minusDays(1), false);
        String page = biller.get(range()).body();
        assertThat(page).contains("No batch can be made until these are fixed").contains("group NPI")
                .contains("clearinghouse settings are incomplete").doesNotContain("id=\"create-batch\"");
        HttpResponse<String> refused = biller.postForResponse("/billing/claims/batches", rangeForm(), range());
        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(db().sql("select count(*) from claim_batch where clinic_id = :c").param("c", clinic.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void badDatesAreRefusedBesideTheirField() {
        assertThat(biller.get("/billing/claims").body()).contains("value=\"" + TODAY.withDayOfMonth(1) + "\"");
        assertThat(biller.get("/billing/claims?from=2026-03-10&to=2026-03-01").body())
                .contains("be before the first").contains("value=\"2026-03-01\"");
        assertThat(biller.get("/billing/claims?from=2026-01-01&to=2027-06-01").body()).contains("At most 366 days");
        WebSession.Page garbled = biller.get("/billing/claims?from=10%2F03%2F2026&to=");
        assertThat(garbled.status()).isEqualTo(200);
        assertThat(garbled.body()).contains("Enter a date as yyyy-mm-dd").contains("Enter the last visit date")
                .contains("value=\"10/03/2026\"");
        HttpResponse<String> posted = biller.postForResponse("/billing/claims/batches",
                Map.of("from", "2026-03-10", "to", "yesterday"), "/billing/claims");
        assertThat(posted.statusCode()).isEqualTo(303);
        String back = posted.headers().firstValue("Location").orElseThrow();
        assertThat(biller.get(back.substring(back.indexOf("/billing/"))).body()).contains("Enter a date as yyyy-mm-dd")
                .contains("value=\"yesterday\"");
    }

    @Test
    void billersAndAdministratorsBillTherapistsDoNot() {
        WebSession admin = WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        assertThat(admin.get("/billing/claims").status()).isEqualTo(200);
        assertThat(admin.get("/billing/fees").status()).isEqualTo(200);
        assertThat(biller.get("/billing/settings").status()).isEqualTo(200);
        assertThat(biller.get("/patients").body()).contains("href=\"/billing/claims\"");
        for (Role role : List.of(Role.PT, Role.PTA, Role.FRONT_DESK)) {
            WebSession someone = WebSession.signIn(port, clinic.user(role).email(), TestClinics.PASSWORD);
            assertThat(someone.get("/billing/claims").status()).as(role.name()).isEqualTo(403);
            assertThat(someone.get("/billing/fees").status()).as(role.name()).isEqualTo(403);
            assertThat(someone.post("/billing/settings", Map.of("usage", "P"), "/patients").status()).isEqualTo(403);
            assertThat(someone.post("/billing/claims/batches", rangeForm(), "/patients").status()).isEqualTo(403);
            assertThat(someone.get("/patients").body()).doesNotContain("href=\"/billing/claims\"");
        }
    }
}
