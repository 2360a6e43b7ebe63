package org.rhomboid.remittance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
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
import tools.jackson.databind.JsonNode;

/**
 * 835 posting on real PostgreSQL: visits billed in a batch, an 835 built from the batch's own claim IDs and lines
 * (one claim paid with coinsurance, one denied CO-197/N54, one claim ID the clinic never sent, a PLB), read as a dry
 * run, posted, posted again (nothing happens), a malformed file refused naming its segment with nothing posted, and
 * another clinic matching none of it.
 */
@RhomboidIntegrationTest
class RemittancePostingIT {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String X12 = "application/edi-x12";
    private static final String PATH = "/api/v1/billing/remittances";

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    record Line(String procedure, BigDecimal charge, String units) {}

    record Sent(String claimId, BigDecimal charge, List<Line> lines) {}

    @Test
    void anEraForBilledVisitsIsMatchedPostedOnceAndKeptFromOtherClinics() {
        TestClinics.Clinic clinic = clinics.create("Remitworth");
        ClinicBilling.setUp(port, owner, clinic, "1234567893", "Dr. Alan Brooks", "1679576722");
        JdbcClient db = JdbcClient.create(owner);
        db.sql("update patient set primary_payer = 'COMMERCIAL', member_id = 'W100000001' where id = :id")
                .param("id", clinic.patient().id()).update();
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(10));
        WebSession therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        ClinicBilling.signDailyNote(therapist, clinic, TODAY.minusDays(2));
        ClinicBilling.signDailyNote(therapist, clinic, TODAY.minusDays(1));
        WebSession biller = WebSession.signIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        String range = "/billing/claims?from=" + TODAY.minusDays(12) + "&to=" + TODAY;
        biller.get(range);
        HttpResponse<String> created = biller.postForResponse("/billing/claims/batches",
                Map.of("from", TODAY.minusDays(12).toString(), "to", TODAY.toString()), range);
        assertThat(created.statusCode()).isEqualTo(200);
        List<String> claimIds = db.sql("select distinct claim_id from claim_batch_note where clinic_id = :c"
                + " order by claim_id").param("c", clinic.id()).query(String.class).list();
        assertThat(claimIds).hasSizeGreaterThanOrEqualTo(2);
        List<Sent> sent = sent(created.body());
        assertThat(sent).extracting(Sent::claimId).containsExactlyInAnyOrderElementsOf(claimIds);

        String era = era(sent, "EFT" + clinic.id().toString().substring(0, 8));
        ApiClient api = ApiClient.signedIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);

        // Only as X12 or plain text: anything else is 415 problem+json, and nothing is read.
        ApiClient.Response json = api.send("POST", PATH + "?dryRun=true", era, "application/json");
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.contentType()).startsWith("application/problem+json");
        ApiClient.Response dry = api.send("POST", PATH + "?dryRun=true", era, X12 + "; charset=UTF-8");
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        JsonNode read = dry.json();
        assertThat(read.has("posted")).isFalse();
        assertThat(read.get("payer").get("name").asString()).isEqualTo("ACME HEALTH PLAN");
        assertThat(read.get("payment").get("traceNumber").asString()).startsWith("EFT");
        assertThat(read.get("payment").get("amount").isNumber()).isTrue();
        JsonNode claims = read.get("claims");
        assertThat(claims.size()).isEqualTo(sent.size() + 1);
        for (int i = 0; i < sent.size(); i++) {
            assertThat(claims.get(i).get("claimId").asString()).isEqualTo(sent.get(i).claimId());
            assertThat(claims.get(i).get("matched").asBoolean()).as("claim %s matched", i).isTrue();
            assertThat(claims.get(i).get("charged").decimalValue()).isEqualByComparingTo(sent.get(i).charge());
        }
        JsonNode denied = claims.get(1);
        assertThat(denied.get("status").asString()).isEqualTo("4");
        assertThat(denied.get("services").get(0).get("adjustments").get(0).get("reason").asString()).isEqualTo("197");
        assertThat(denied.get("services").get(0).get("remarks").get(0).asString()).isEqualTo("N54");
        assertThat(claims.get(sent.size()).get("matched").asBoolean()).isFalse();
        assertThat(read.get("providerAdjustments").get(0).get("reason").asString()).isEqualTo("WO");
        assertThat(count(db, "select count(*) from remittance where clinic_id = :c", clinic.id())).isZero();

        ApiClient.Response posted = api.send("POST", PATH, era, "text/plain");
        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        assertThat(posted.json().get("posted").asBoolean()).isTrue();
        assertThat(count(db, "select count(*) from remittance where clinic_id = :c", clinic.id())).isOne();
        assertThat(count(db, "select count(*) from remittance_claim where clinic_id = :c", clinic.id()))
                .isEqualTo(sent.size() + 1);
        assertThat(count(db, "select count(*) from remittance_claim where clinic_id = :c and not matched",
                clinic.id())).isOne();
        assertThat(count(db, "select count(*) from remittance_claim where clinic_id = :c and patient_id is not null",
                clinic.id())).isEqualTo(sent.size());
        assertThat(count(db, "select count(*) from remittance_provider_adjustment where clinic_id = :c", clinic.id()))
                .isOne();
        assertThat(count(db, "select count(*) from remittance_adjustment where clinic_id = :c and group_code = 'PR'",
                clinic.id())).isPositive();
        // Posting audited each matched claim's patient.
        assertThat(count(db, "select count(*) from audit_event where clinic_id = :c and resource_type = 'remittance'"
                + " and action = 'CREATE' and patient_id is not null", clinic.id())).isEqualTo(sent.size());

        ApiClient.Response again = api.send("POST", PATH, era, X12);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("posted").asBoolean()).isFalse();
        assertThat(again.json().get("claims").size()).isEqualTo(sent.size() + 1);
        assertThat(count(db, "select count(*) from remittance_claim where clinic_id = :c", clinic.id()))
                .isEqualTo(sent.size() + 1);

        String malformed = era(sent, "EFTBROKEN1").replaceFirst("CAS\\*CO\\*45\\*[0-9.]+~", "CAS*CO*45*12X~");
        ApiClient.Response refused = api.send("POST", PATH, malformed, X12);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).startsWith("Segment CAS at position ")
                .contains("not an amount: '12X'");
        assertThat(count(db, "select count(*) from remittance where clinic_id = :c", clinic.id())).isOne();

        assertThat(ApiClient.signedIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD)
                .send("POST", PATH + "?dryRun=true", era, X12).status()).isEqualTo(403);

        // A later payment for the first claim whose line the payer reports with another number of units: the claim is
        // found (its patient known) but the line waits to be matched by hand.
        Sent first = sent.get(0);
        Line line = first.lines().get(0);
        Sent changed = new Sent(first.claimId(), first.charge(), List.of(new Line(line.procedure(), line.charge(),
                String.valueOf(Integer.parseInt(line.units()) + 1))));
        String adjusted = era(List.of(new Sent(first.claimId(), line.charge(), changed.lines())), "EFTLINE2");
        ApiClient.Response second = api.send("POST", PATH, adjusted, X12);
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().get("claims").get(0).get("matched").asBoolean()).isFalse();
        assertThat(count(db, "select count(*) from remittance_service s join remittance_claim c on c.id ="
                + " s.remittance_claim_id where s.clinic_id = :c and not s.matched and c.patient_id is not null",
                clinic.id())).isOne();
        String queue = biller.get("/billing/remittances").body();
        String code = line.procedure().split(":")[1];
        assertThat(queue).contains(first.claimId()).contains(code).contains("× " + (Integer.parseInt(line.units()) + 1));
        assertThat(count(db, "select count(*) from audit_event where clinic_id = :c and resource_type = 'remittance'"
                + " and detail = 'unmatched queue' and :p = any (patients_shown)", clinic.id(), clinic.patient().id()))
                .isPositive();

        TestClinics.Clinic other = clinics.create("Remitelse");
        ApiClient elsewhere = ApiClient.signedIn(port, other.user(Role.BILLER).email(), TestClinics.PASSWORD);
        ApiClient.Response theirs = elsewhere.send("POST", PATH + "?dryRun=true", era, X12);
        assertThat(theirs.status()).isEqualTo(200);
        theirs.json().get("claims").forEach(claim -> assertThat(claim.get("matched").asBoolean()).isFalse());
        WebSession otherBiller = WebSession.signIn(port, other.user(Role.BILLER).email(), TestClinics.PASSWORD);
        String page = otherBiller.get("/billing/remittances").body();
        assertThat(page).doesNotContain("EFT" + clinic.id().toString().substring(0, 8));
        assertThat(biller.get("/billing/remittances").body()).contains("EFT" + clinic.id().toString().substring(0, 8))
                .contains("ZZUNKNOWN001");
    }

    private static long count(JdbcClient db, String sql, UUID clinic) {
        return db.sql(sql).param("c", clinic).query(Long.class).single();
    }

    private static long count(JdbcClient db, String sql, UUID clinic, UUID patient) {
        return db.sql(sql).param("c", clinic).param("p", patient).query(Long.class).single();
    }

    /** The claims of an 837P as sent: CLM01 and CLM02, and each SV1's procedure composite, charge and units. */
    static List<Sent> sent(String file) {
        List<Sent> claims = new ArrayList<>();
        String claimId = null;
        BigDecimal charge = null;
        List<Line> lines = null;
        for (String segment : Arrays.stream(file.split("~")).map(String::strip).toList()) {
            String[] e = segment.split("\\*", -1);
            if (e[0].equals("CLM")) {
                if (claimId != null) {
                    claims.add(new Sent(claimId, charge, lines));
                }
                claimId = e[1];
                charge = new BigDecimal(e[2]);
                lines = new ArrayList<>();
            } else if (e[0].equals("SV1") && lines != null) {
                lines.add(new Line(e[1], new BigDecimal(e[2]), e[4]));
            } else if (e[0].equals("SE") && claimId != null) {
                claims.add(new Sent(claimId, charge, lines));
                claimId = null;
            }
        }
        return claims;
    }

    /**
     * An 835 for the claims as sent: the first paid at 60% with a 20% contractual adjustment and the rest as
     * coinsurance (PR-2); the second denied for a missing authorization (CO-197, N54); any others paid the same
     * way as the first; one claim the clinic never sent; a PLB recovering 10.00.
     */
    static String era(List<Sent> sent, String trace) {
        List<String> st = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            Sent claim = sent.get(i);
            boolean deny = i == 1;
            BigDecimal paid = BigDecimal.ZERO;
            BigDecimal patient = BigDecimal.ZERO;
            List<String> lines = new ArrayList<>();
            for (Line line : claim.lines()) {
                lines.add("SVC*" + line.procedure() + "*" + line.charge().toPlainString() + "*");
                if (deny) {
                    lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "0**" + line.units());
                    lines.add("CAS*CO*197*" + line.charge().toPlainString());
                    lines.add("LQ*HE*N54");
                    continue;
                }
                BigDecimal linePaid = line.charge().multiply(new BigDecimal("0.60")).setScale(2, RoundingMode.HALF_UP);
                BigDecimal contractual = line.charge().multiply(new BigDecimal("0.20"))
                        .setScale(2, RoundingMode.HALF_UP);
                BigDecimal coinsurance = line.charge().subtract(linePaid).subtract(contractual);
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + linePaid.toPlainString() + "**"
                        + line.units());
                lines.add("CAS*CO*45*" + contractual.toPlainString());
                lines.add("CAS*PR*2*" + coinsurance.toPlainString());
                paid = paid.add(linePaid);
                patient = patient.add(coinsurance);
            }
            claims.add("CLP*" + claim.claimId() + "*" + (deny ? "4" : "1") + "*" + claim.charge().toPlainString() + "*"
                    + paid.toPlainString() + "*" + patient.toPlainString() + "*12*PCN" + (i + 1) + "*11*1");
            claims.addAll(lines);
            total = total.add(paid);
        }
        claims.add("CLP*ZZUNKNOWN001*1*100*80**12*PCN99*11*1");
        claims.add("CAS*CO*45*20");
        total = total.add(new BigDecimal("80")).subtract(new BigDecimal("10"));
        st.add("ST*835*0001*005010X221A1");
        st.add("BPR*I*" + total.toPlainString() + "*C*CHK************" + TODAY.toString().replace("-", ""));
        st.add("TRN*1*" + trace + "*1512345678");
        st.add("N1*PR*ACME HEALTH PLAN");
        st.add("REF*2U*ACME1");
        st.add("N1*PE*HARBOR STREET PT*XX*1245319599");
        st.add("LX*1");
        st.addAll(claims);
        st.add("PLB*1245319599*" + TODAY.getYear() + "1231*WO:PCN77*10");
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
