package org.rhomboid.secondary;

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
 * Secondary claims on real PostgreSQL: a patient with a primary plan of their own and a secondary through their
 * spouse; a visit billed to the primary; its 835 posted with a partial payment (CO-45 and PR-2 on each line); the
 * claim offered for the secondary, its batch made — SBR*S to the secondary payer with the spouse as subscriber, loop
 * 2320 with AMT*D the primary's payment, 2330A/2330B the primary's subscriber and payer, a 2430 per line with SVD,
 * CAS and DTP*573 — and validated; then not offered again, downloadable again, and out of another clinic's reach.
 */
@RhomboidIntegrationTest
class SecondaryClaimsIT {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String X12 = "application/edi-x12";

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
    void aPartlyPaidPrimaryClaimGoesToTheSecondaryPayerWithThePrimarysAdjudication() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Secondwell");
        ClinicBilling.setUp(port, owner, clinic, "1234567893", "Dr. Alan Brooks", "1679576722");
        JdbcClient db = JdbcClient.create(owner);
        db.sql("update patient set primary_payer = 'COMMERCIAL', member_id = 'OLD0001' where id = :id")
                .param("id", clinic.patient().id()).update();
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(10));
        WebSession therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        ClinicBilling.signDailyNote(therapist, clinic, TODAY.minusDays(1));

        WebSession biller = WebSession.signIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        UUID acme = payer(biller, db, clinic, "Acme Health", "ACME1", "CI");
        UUID harbor = payer(biller, db, clinic, "Harbor Mutual", "HM001", "CI");
        WebSession desk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        String coveragePage = "/patients/" + clinic.patient().id() + "/coverages";
        assertThat(desk.post(coveragePage, Map.ofEntries(Map.entry("payerId", acme.toString()),
                Map.entry("rank", "PRIMARY"), Map.entry("memberId", "PRI1000001"), Map.entry("groupNumber", "G-77"),
                Map.entry("relationship", "SELF"), Map.entry("firstDay", TODAY.minusDays(30).toString())),
                coveragePage).status()).isEqualTo(302);
        assertThat(desk.post(coveragePage, Map.ofEntries(Map.entry("payerId", harbor.toString()),
                Map.entry("rank", "SECONDARY"), Map.entry("memberId", "SEC2000002"), Map.entry("relationship", "SPOUSE"),
                Map.entry("firstDay", TODAY.minusDays(30).toString()), Map.entry("subscriberFamily", "Partner"),
                Map.entry("subscriberGiven", "Robin"), Map.entry("subscriberBirthDate", "1960-05-06"),
                Map.entry("subscriberSex", "FEMALE"), Map.entry("subscriberAddress", "7 Oak Street"),
                Map.entry("subscriberCity", "Portland"), Map.entry("subscriberState", "ME"),
                Map.entry("subscriberZip", "04102")), coveragePage).status()).isEqualTo(302);

        assertThat(biller.get("/billing/secondary").body()).contains("id=\"nothing-ready\"");
        String range = "/billing/claims?from=" + TODAY.minusDays(12) + "&to=" + TODAY;
        HttpResponse<String> primaryBatch = biller.postForResponse("/billing/claims/batches",
                Map.of("from", TODAY.minusDays(12).toString(), "to", TODAY.toString()), range);
        assertThat(primaryBatch.statusCode()).isEqualTo(200);
        assertThat(primaryBatch.body()).contains("SBR*P*18*******CI").contains("NM1*PR*2*ACME HEALTH*****PI*ACME1");
        List<Sent> sent = sent(primaryBatch.body());
        assertThat(sent).isNotEmpty();
        // nothing for the secondary until the primary's remittance is posted
        assertThat(biller.get("/billing/secondary").body()).contains("id=\"nothing-ready\"");

        ApiClient api = ApiClient.signedIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        ApiClient.Response posted = api.send("POST", "/api/v1/billing/remittances",
                era(sent, "EFTSEC" + clinic.id().toString().substring(0, 8)), X12);
        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        assertThat(posted.json().get("claims").get(0).get("matched").asBoolean()).isTrue();

        String page = biller.get("/billing/secondary").body();
        for (Sent claim : sent) {
            assertThat(page).contains(claim.claimId()).contains("send-" + claim.claimId());
        }
        assertThat(page).contains("Harbor Mutual").doesNotContain("id=\"nothing-ready\"");

        HttpResponse<String> created = biller.postForResponse("/billing/secondary/batches", Map.of(),
                "/billing/secondary");
        assertThat(created.statusCode()).isEqualTo(200);
        String file = created.body();
        X12Validator.Result validated = X12Validator.validate(file);
        assertThat(validated.errors()).isEmpty();
        assertThat(validated.loops()).contains("2000C", "2320", "2330A", "2330B", "2430");

        List<String> segments = Arrays.stream(file.split("~")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        assertThat(segments).contains("SBR*S********CI", "NM1*IL*1*PARTNER*ROBIN****MI*SEC2000002",
                "NM1*PR*2*HARBOR MUTUAL*****PI*HM001", "PAT*01");
        assertThat(segments).noneMatch(s -> s.startsWith("REF*G1"));
        Sent first = sent.get(0);
        int clm = segments.indexOf(segments.stream().filter(s -> s.startsWith("CLM*" + first.claimId() + "*"))
                .findFirst().orElseThrow());
        BigDecimal paid = BigDecimal.ZERO;
        for (Line line : first.lines()) {
            paid = paid.add(paidOf(line.charge()));
        }
        String patient = clinic.patient().familyName().toUpperCase();
        int sbr = segments.subList(clm, segments.size()).indexOf("SBR*P*18*G-77******CI") + clm;
        assertThat(sbr).isGreaterThan(clm);
        assertThat(segments.get(sbr + 1)).isEqualTo("AMT*D*" + amount(paid));
        assertThat(segments.get(sbr + 2)).isEqualTo("OI***Y***Y");
        assertThat(segments.get(sbr + 3)).startsWith("NM1*IL*1*" + patient + "*").endsWith("****MI*PRI1000001");
        assertThat(segments.get(sbr + 4)).isEqualTo("N3*7 OAK STREET");
        assertThat(segments.get(sbr + 5)).isEqualTo("N4*PORTLAND*ME*04102");
        assertThat(segments.get(sbr + 6)).isEqualTo("NM1*PR*2*ACME HEALTH*****PI*ACME1");
        assertThat(segments.get(sbr + 7)).isEqualTo("LX*1");
        String paidOn = TODAY.toString().replace("-", "");
        for (int i = 0; i < first.lines().size(); i++) {
            Line line = first.lines().get(i);
            int lx = segments.subList(clm, segments.size()).indexOf("LX*" + (i + 1)) + clm;
            assertThat(segments.get(lx + 1)).startsWith("SV1*" + line.procedure() + "*");
            assertThat(segments.subList(lx + 3, lx + 8)).containsExactly(
                    "SVD*ACME1*" + amount(paidOf(line.charge())) + "*" + line.procedure() + "**" + line.units(),
                    "CAS*CO*45*" + amount(contractualOf(line.charge())),
                    "CAS*PR*2*" + amount(coinsuranceOf(line.charge())),
                    "DTP*573*D8*" + paidOn,
                    "AMT*EAF*" + amount(coinsuranceOf(line.charge())));
        }

        // sent once: no longer offered, and a second batch is refused with the reason
        assertThat(biller.get("/billing/secondary").body()).contains("id=\"nothing-ready\"");
        WebSession.Page again = biller.post("/billing/secondary/batches", Map.of(), "/billing/secondary");
        assertThat(again.status()).isEqualTo(303);
        assertThat(biller.get("/billing/secondary").body()).contains("No claim is ready for its secondary payer.");
        assertThat(db.sql("select count(*) from secondary_claim where clinic_id = :c").param("c", clinic.id())
                .query(Long.class).single()).isEqualTo(sent.size());

        UUID batch = db.sql("select batch_id from secondary_claim where clinic_id = :c limit 1")
                .param("c", clinic.id()).query(UUID.class).single();
        String download = "/billing/secondary/batches/" + batch + "/file";
        assertThat(biller.get(download).body()).isEqualTo(file);
        assertThat(biller.get("/billing/claims/batches/" + batch + "/file").body()).isEqualTo(file);
        assertThat(db.sql("select count(*) from audit_event where clinic_id = :c and resource_type = :r"
                        + " and action = 'CREATE' and patient_id = :p")
                .param("c", clinic.id()).param("r", SecondaryClaims.RESOURCE).param("p", clinic.patient().id())
                .query(Long.class).single()).isEqualTo(sent.size());

        TestClinics.Clinic other = clinics.create("Secondelse");
        WebSession otherBiller = WebSession.signIn(port, other.user(Role.BILLER).email(), TestClinics.PASSWORD);
        assertThat(otherBiller.get(download).status()).isEqualTo(404);
        assertThat(otherBiller.get("/billing/secondary").body()).doesNotContain(first.claimId());
        assertThat(therapist.get("/billing/secondary").status()).isEqualTo(403);
    }

    private static UUID payer(WebSession biller, JdbcClient db, TestClinics.Clinic clinic, String name, String id,
                              String filing) {
        Map<String, String> form = Map.ofEntries(Map.entry("name", name), Map.entry("payerId", id),
                Map.entry("filingIndicator", filing), Map.entry("unitMethod", "AMA"),
                Map.entry("distinctModifier", "59"), Map.entry("ncci", "yes"), Map.entry("timelyFilingDays", "120"),
                Map.entry("active", "yes"));
        assertThat(biller.post("/billing/payers", form, "/billing/payers/new").status()).isEqualTo(302);
        return db.sql("select id from payer where clinic_id = :c and payer_id = :p").param("c", clinic.id())
                .param("p", id).query(UUID.class).single();
    }

    private static BigDecimal paidOf(BigDecimal charge) {
        return charge.multiply(new BigDecimal("0.60")).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal contractualOf(BigDecimal charge) {
        return charge.multiply(new BigDecimal("0.20")).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal coinsuranceOf(BigDecimal charge) {
        return charge.subtract(paidOf(charge)).subtract(contractualOf(charge));
    }

    private static String amount(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** The claims of an 837P as sent: CLM01 and CLM02, and each SV1's procedure composite, charge and units. */
    private static List<Sent> sent(String file) {
        List<Sent> claims = new ArrayList<>();
        for (String segment : Arrays.stream(file.split("~")).map(String::strip).toList()) {
            String[] e = segment.split("\\*", -1);
            if (e[0].equals("CLM")) {
                claims.add(new Sent(e[1], new BigDecimal(e[2]), new ArrayList<>()));
            } else if (e[0].equals("SV1")) {
                claims.get(claims.size() - 1).lines().add(new Line(e[1], new BigDecimal(e[2]), e[4]));
            }
        }
        return claims;
    }

    /** The primary's 835: every line paid 60%, 20% contractual (CO-45), the rest coinsurance (PR-2). */
    private static String era(List<Sent> sent, String trace) {
        List<String> st = new ArrayList<>();
        List<String> claims = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int n = 0;
        for (Sent claim : sent) {
            BigDecimal paid = BigDecimal.ZERO;
            BigDecimal patient = BigDecimal.ZERO;
            List<String> lines = new ArrayList<>();
            for (Line line : claim.lines()) {
                lines.add("SVC*" + line.procedure() + "*" + line.charge().toPlainString() + "*"
                        + paidOf(line.charge()).toPlainString() + "**" + line.units());
                lines.add("DTM*472*" + TODAY.toString().replace("-", ""));
                lines.add("CAS*CO*45*" + contractualOf(line.charge()).toPlainString());
                lines.add("CAS*PR*2*" + coinsuranceOf(line.charge()).toPlainString());
                paid = paid.add(paidOf(line.charge()));
                patient = patient.add(coinsuranceOf(line.charge()));
            }
            claims.add("CLP*" + claim.claimId() + "*1*" + claim.charge().toPlainString() + "*" + paid.toPlainString()
                    + "*" + patient.toPlainString() + "*12*PCN" + (++n) + "*11*1");
            claims.addAll(lines);
            total = total.add(paid);
        }
        st.add("ST*835*0001*005010X221A1");
        st.add("BPR*I*" + total.toPlainString() + "*C*CHK************" + TODAY.toString().replace("-", ""));
        st.add("TRN*1*" + trace + "*1512345678");
        st.add("N1*PR*ACME HEALTH PLAN");
        st.add("REF*2U*ACME1");
        st.add("N1*PE*HARBOR STREET PT*XX*1245319599");
        st.add("LX*1");
        st.addAll(claims);
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
