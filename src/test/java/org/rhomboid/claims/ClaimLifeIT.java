package org.rhomboid.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.billing.claim.X12Validator;
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

/**
 * A claim's life on real PostgreSQL: two batches sent; a 999 accepting the first (API, then again: nothing changes)
 * and one rejecting the second (page); a malformed 999 refused naming its segment; an 835 denying a claim of the
 * first; the denied claim corrected as frequency 7 (refused before the 835 gave the payer's claim control number)
 * and the rejected one, once paid, voided as frequency 8; each file validated by StAEDI and read back; the history
 * and the list by status; another clinic sees none of it.
 */
@RhomboidIntegrationTest
class ClaimLifeIT {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String X12 = "application/edi-x12";

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    record Sent(String claimId, BigDecimal charge, List<String[]> lines) {}

    @Test
    void aClaimIsSentAcknowledgedDeniedCorrectedAndAnotherVoided() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Lifeworth");
        ClinicBilling.setUp(port, owner, clinic, "1234567893", "Dr. Alan Brooks", "1679576722");
        JdbcClient db = JdbcClient.create(owner);
        db.sql("update patient set primary_payer = 'COMMERCIAL', member_id = 'W100000001' where id = :id")
                .param("id", clinic.patient().id()).update();
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(10));
        WebSession therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        ClinicBilling.signDailyNote(therapist, clinic, TODAY.minusDays(2));
        ClinicBilling.signDailyNote(therapist, clinic, TODAY.minusDays(1));
        WebSession biller = WebSession.signIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);

        List<Sent> first = sent(batch(biller, TODAY.minusDays(12), TODAY.minusDays(2)));
        List<Sent> second = sent(batch(biller, TODAY.minusDays(1), TODAY));
        assertThat(first).isNotEmpty();
        assertThat(second).hasSize(1);
        Sent denied = first.get(first.size() - 1);
        Sent voided = second.get(0);
        int firstControl = control(db, clinic.id(), denied.claimId());
        int secondControl = control(db, clinic.id(), voided.claimId());
        assertThat(events(db, clinic.id(), denied.claimId())).containsExactly("SENT");

        // 999s: the first batch accepted (API), the second rejected (page); the same 999 again changes nothing.
        ApiClient api = ApiClient.signedIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        String accepting = AcknowledgmentReadingTest.accepted("7001", firstControl);
        assertThat(api.send("POST", "/api/v1/billing/acknowledgments", accepting, "application/octet-stream")
                .status()).as("only as X12 or plain text").isEqualTo(415);
        ApiClient.Response ack = api.send("POST", "/api/v1/billing/acknowledgments", accepting, X12);
        assertThat(ack.status()).as(ack.body()).isEqualTo(200);
        assertThat(ack.json().get("recorded").asBoolean()).isTrue();
        assertThat(ack.json().get("batches").get(0).get("accepted").asBoolean()).isTrue();
        assertThat(ack.json().get("batches").get(0).get("claims").asInt()).isEqualTo(first.size());
        ApiClient.Response again = api.send("POST", "/api/v1/billing/acknowledgments", accepting, "text/plain");
        assertThat(again.json().get("recorded").asBoolean()).isFalse();
        assertThat(events(db, clinic.id(), denied.claimId())).containsExactly("SENT", "ACCEPTED");

        WebSession.Page rejected = biller.postMultipart("/billing/acknowledgments", Map.of(), "file", "reject.999",
                AcknowledgmentReadingTest.rejected("7002", secondControl).getBytes(StandardCharsets.UTF_8),
                "/billing/acknowledgments");
        assertThat(rejected.status()).isEqualTo(302);
        assertThat(biller.get("/billing/acknowledgments").body()).contains("rejected").contains("000007002");
        assertThat(events(db, clinic.id(), voided.claimId())).containsExactly("SENT", "REJECTED");
        assertThat(biller.get("/billing/claims/" + voided.claimId()).body())
                .contains("invalid character in data element");

        ApiClient.Response malformed = api.send("POST", "/api/v1/billing/acknowledgments",
                accepting.replace("GS*FA*", "GS*HC*"), X12);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.json().get("detail").asString()).startsWith("Segment GS at position 2");
        assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("segment GS at position 2");
        WebSession.Page notA999 = biller.postMultipart("/billing/acknowledgments", Map.of(), "file", "x.999",
                "hello".getBytes(StandardCharsets.UTF_8), "/billing/acknowledgments");
        assertThat(notA999.status()).isEqualTo(200);
        assertThat(notA999.body()).contains("Nothing was recorded. Segment ISA at position 1");

        // No correction before the payer's claim control number is known.
        String history = "/billing/claims/" + denied.claimId();
        WebSession.Page early = biller.post(history + "/correct", Map.of("reason", "Units fixed"), history);
        assertThat(early.status()).isEqualTo(200);
        assertThat(early.body()).contains("claim control number").contains("Units fixed");
        WebSession.Page blank = biller.post(history + "/correct", Map.of("reason", " "), history);
        assertThat(blank.body()).contains("Say why the claim is corrected");

        // The 835 denies it (CO-197) and names the payer's claim control number.
        ApiClient.Response era = api.send("POST", "/api/v1/billing/remittances",
                era(denied, "4", "PCNDENIED1", "EFTLIFE" + clinic.id().toString().substring(0, 6)), X12);
        assertThat(era.status()).as(era.body()).isEqualTo(200);
        assertThat(events(db, clinic.id(), denied.claimId())).containsExactly("SENT", "ACCEPTED", "DENIED");
        assertThat(biller.get("/billing/claims?status=denied").body()).contains(denied.claimId())
                .doesNotContain(voided.claimId());
        String page = biller.get(history).body();
        assertThat(page).contains("denied").contains("CO-197").contains("PCNDENIED1").contains("ACME HEALTH")
                .contains(denied.lines().get(0)[0].split(":")[1]);

        // Corrected as frequency 7: a batch of one, same claim ID, REF*F8, valid.
        WebSession.Page corrected = biller.post(history + "/correct", Map.of("reason", "Units fixed by addendum"),
                history);
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(302);
        String correction = file(db, clinic.id(), "7");
        assertThat(X12Validator.validate(correction).errors()).isEmpty();
        List<String> segments = segments(correction);
        int clm = indexOf(segments, "CLM*" + denied.claimId() + "*");
        assertThat(segments.get(clm)).contains(":B:7*");
        assertThat(segments.get(clm + 1)).isEqualTo("REF*F8*PCNDENIED1");
        assertThat(segments).filteredOn(s -> s.startsWith("CLM*")).hasSize(1);
        assertThat(events(db, clinic.id(), denied.claimId())).containsExactly("SENT", "ACCEPTED", "DENIED",
                "CORRECTED");
        page = biller.get(history).body();
        assertThat(page).contains("corrected").contains("Units fixed by addendum").contains("(corrected claim)");
        UUID correctionBatch = db.sql("select id from claim_batch where clinic_id = :c and frequency = '7'")
                .param("c", clinic.id()).query(UUID.class).single();
        assertThat(biller.getBytes("/billing/claims/batches/" + correctionBatch + "/file").body())
                .asString(StandardCharsets.UTF_8).isEqualTo(correction);

        assertThat(biller.get("/billing/denials").body()).contains("Claim " + denied.claimId());
        // The payer pays the replacement: its 835 (same claim ID) is matched against the corrected file's lines.
        ApiClient.Response replaced = api.send("POST", "/api/v1/billing/remittances", era(denied, "1", "PCNREPL1",
                "EFTLIFE3" + clinic.id().toString().substring(0, 6)), X12);
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().get("claims").get(0).get("matched").asBoolean()).isTrue();
        assertThat(events(db, clinic.id(), denied.claimId())).containsExactly("SENT", "ACCEPTED", "DENIED",
                "CORRECTED", "PAID");
        assertThat(biller.get("/billing/denials").body()).as("the denial settled by the replacement's payment")
                .doesNotContain("Claim " + denied.claimId());

        // The rejected claim, resent and paid, then voided as frequency 8; nothing more after a void.
        assertThat(api.send("POST", "/api/v1/billing/remittances", era(voided, "1", "PCNPAID2",
                "EFTLIFE2" + clinic.id().toString().substring(0, 6)), X12).status()).isEqualTo(200);
        String voidHistory = "/billing/claims/" + voided.claimId();
        assertThat(biller.post(voidHistory + "/void", Map.of("reason", "Billed to the wrong payer"), voidHistory)
                .status()).isEqualTo(302);
        String voidFile = file(db, clinic.id(), "8");
        assertThat(X12Validator.validate(voidFile).errors()).isEmpty();
        List<String> voidSegments = segments(voidFile);
        int voidClm = indexOf(voidSegments, "CLM*" + voided.claimId() + "*");
        assertThat(voidSegments.get(voidClm)).contains(":B:8*");
        assertThat(voidSegments.get(voidClm + 1)).isEqualTo("REF*F8*PCNPAID2");
        assertThat(events(db, clinic.id(), voided.claimId())).containsExactly("SENT", "REJECTED", "PAID", "VOIDED");
        assertThat(biller.get(voidHistory).body()).contains("voided").contains("Billed to the wrong payer");
        assertThat(biller.get(voidHistory + "/write-off").status()).as("a voided claim is off the books").isEqualTo(404);
        WebSession.Page afterVoid = biller.post(voidHistory + "/correct", Map.of("reason", "Try again"), voidHistory);
        assertThat(afterVoid.status()).isEqualTo(200);
        assertThat(db.sql("select count(*) from claim_batch where clinic_id = :c and frequency <> '1'")
                .param("c", clinic.id()).query(Integer.class).single()).isEqualTo(2);
        assertThat(biller.get("/billing/claims?status=voided").body()).contains(voided.claimId());

        // The history and the list are audited against the patient.
        assertThat(db.sql("select count(*) from audit_event where clinic_id = :c and detail = 'claim history'"
                + " and patient_id = :p").param("c", clinic.id()).param("p", clinic.patient().id())
                .query(Integer.class).single()).isPositive();

        // Another clinic: no such claim, and its 999 for the same control number matches none of this clinic's.
        TestClinics.Clinic other = clinics.create("Lifelse");
        WebSession otherBiller = WebSession.signIn(port, other.user(Role.BILLER).email(), TestClinics.PASSWORD);
        assertThat(otherBiller.get(history).status()).isEqualTo(404);
        ApiClient theirs = ApiClient.signedIn(port, other.user(Role.BILLER).email(), TestClinics.PASSWORD);
        ApiClient.Response elsewhere = theirs.send("POST", "/api/v1/billing/acknowledgments",
                AcknowledgmentReadingTest.accepted("7003", firstControl), X12);
        assertThat(elsewhere.status()).isEqualTo(200);
        assertThat(elsewhere.json().get("batches").get(0).get("batch").isNull()).isTrue();
        assertThat(events(db, clinic.id(), denied.claimId())).hasSize(5);
    }

    private String batch(WebSession biller, LocalDate from, LocalDate to) {
        String range = "/billing/claims?from=" + from + "&to=" + to;
        HttpResponse<String> created = biller.postForResponse("/billing/claims/batches",
                Map.of("from", from.toString(), "to", to.toString()), range);
        assertThat(created.statusCode()).isEqualTo(200);
        return created.body();
    }

    private static int control(JdbcClient db, UUID clinic, String claimId) {
        return db.sql("select b.control_number from claim_batch b join claim_batch_note bn on bn.batch_id = b.id"
                        + " and bn.clinic_id = b.clinic_id where b.clinic_id = :c and bn.claim_id = :claim limit 1")
                .param("c", clinic).param("claim", claimId).query(Integer.class).single();
    }

    private static List<String> events(JdbcClient db, UUID clinic, String claimId) {
        return db.sql("select kind from claim_event where clinic_id = :c and claim_id = :claim order by occurred_at, id")
                .param("c", clinic).param("claim", claimId).query(String.class).list();
    }

    private static String file(JdbcClient db, UUID clinic, String frequency) {
        return db.sql("select file from claim_batch where clinic_id = :c and frequency = :f")
                .param("c", clinic).param("f", frequency).query(String.class).single();
    }

    private static List<String> segments(String file) {
        return Arrays.stream(file.split("~")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static int indexOf(List<String> segments, String prefix) {
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no " + prefix + " in " + segments);
    }

    /** CLM01, CLM02 and each SV1 (procedure composite, charge, units) of an 837P. */
    static List<Sent> sent(String file) {
        List<Sent> claims = new ArrayList<>();
        for (String segment : segments(file)) {
            String[] e = segment.split("\\*", -1);
            if (e[0].equals("CLM")) {
                claims.add(new Sent(e[1], new BigDecimal(e[2]), new ArrayList<>()));
            } else if (e[0].equals("SV1") && !claims.isEmpty()) {
                claims.get(claims.size() - 1).lines().add(new String[] {e[1], e[2], e[4]});
            }
        }
        return claims;
    }

    /** An 835 for one claim: denied (CLP02 4, CO-197 on each line) or paid in full (1). */
    static String era(Sent claim, String status, String payerControl, String trace) {
        boolean deny = status.equals("4");
        List<String> st = new ArrayList<>();
        st.add("ST*835*0001*005010X221A1");
        BigDecimal paid = deny ? BigDecimal.ZERO : claim.charge();
        st.add("BPR*I*" + paid.toPlainString() + "*C*CHK************" + TODAY.toString().replace("-", ""));
        st.add("TRN*1*" + trace + "*1512345678");
        st.add("N1*PR*ACME HEALTH PLAN");
        st.add("N1*PE*HARBOR STREET PT*XX*1245319599");
        st.add("LX*1");
        st.add("CLP*" + claim.claimId() + "*" + status + "*" + claim.charge().toPlainString() + "*"
                + paid.toPlainString() + "*0*12*" + payerControl + "*11*1");
        for (String[] line : claim.lines()) {
            st.add("SVC*" + line[0] + "*" + line[1] + "*" + (deny ? "0" : line[1]) + "**" + line[2]);
            if (deny) {
                st.add("CAS*CO*197*" + line[1]);
            }
        }
        st.add("SE*" + (st.size() + 1) + "*0001");
        List<String> all = new ArrayList<>();
        all.add("ISA*00*          *00*          *ZZ*ACMEHEALTH     *ZZ*HARBORPT       *261207*1200*^*00501*000000101*0*T*:");
        all.add("GS*HP*ACMEHEALTH*HARBORPT*20261207*1200*101*X*005010X221A1");
        all.addAll(st);
        all.add("GE*1*101");
        all.add("IEA*1*000000101");
        return String.join("~\n", all) + "~\n";
    }
}
