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
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.ClinicBilling;
import org.rhomboid.support.Pdfs;
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
 * The 835 shapes beyond one payment, on real PostgreSQL: a file with two payments (each posted under its own trace
 * number, the PLB of the first with it; posting the file again posts nothing, a file adding a third posts only the
 * third); a reversal (CLP02 = 22, negative amounts) and its correction; then the claim that matched nothing matched
 * by hand, and the denied claim (CO-197, N54) worked from the denials worklist with its appeal letter.
 */
@RhomboidIntegrationTest
class RemittanceVariantsIT {

    @Autowired
    org.rhomboid.ledger.PatientLedger ledger;

    private static final LocalDate TODAY = LocalDate.now();
    private static final String PATH = "/api/v1/billing/remittances";

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    @Test
    void severalPaymentsReversalsMatchingByHandAndDenials() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Variantworth");
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
        List<RemittancePostingIT.Sent> sent = RemittancePostingIT.sent(created.body());
        assertThat(sent).hasSizeGreaterThanOrEqualTo(2);
        String tag = clinic.id().toString().substring(0, 6).toUpperCase();

        // Two payments in one file: the first pays (and denies the second claim, and pays a claim never sent, and
        // has a PLB); the second reverses the first claim's payment and pays it again, corrected.
        String first = transaction(RemittancePostingIT.era(sent, "EFTA" + tag));
        String second = transaction(reversal(sent.get(0), "EFTB" + tag));
        ApiClient api = ApiClient.signedIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        ApiClient.Response posted = api.send("POST", PATH, interchange(first, second), "application/edi-x12");
        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        JsonNode body = posted.json();
        assertThat(body.get("payment").get("traceNumber").asString()).isEqualTo("EFTA" + tag);
        assertThat(body.get("transactions")).hasSize(2);
        assertThat(body.get("transactions").get(1).get("payment").get("traceNumber").asString())
                .isEqualTo("EFTB" + tag);
        assertThat(body.get("transactions").get(0).get("posted").asBoolean()).isTrue();
        assertThat(body.get("transactions").get(1).get("posted").asBoolean()).isTrue();
        assertThat(count(db, "select count(*) from remittance where clinic_id = :c", clinic.id())).isEqualTo(2);
        assertThat(count(db, "select count(*) from remittance_provider_adjustment p join remittance r on r.id ="
                + " p.remittance_id where p.clinic_id = :c and r.trace_number like 'EFTA%'", clinic.id())).isOne();
        // The reversal takes the first payment back; with the correction the claim is paid once, corrected.
        String claim = sent.get(0).claimId();
        BigDecimal net = db.sql("select sum(paid) from remittance_claim where clinic_id = :c and claim_id = :claim")
                .param("c", clinic.id()).param("claim", claim).query(BigDecimal.class).single();
        assertThat(net).isEqualByComparingTo(corrected(sent.get(0)));
        assertThat(count(db, "select count(*) from remittance_claim where clinic_id = :c and status = '22'"
                + " and paid < 0 and matched", clinic.id())).isOne();

        // Again: nothing; with a third payment added, only the third.
        ApiClient.Response again = api.send("POST", PATH, interchange(first, second), "application/edi-x12");
        assertThat(again.json().get("transactions").get(0).get("posted").asBoolean()).isFalse();
        assertThat(again.json().get("transactions").get(1).get("posted").asBoolean()).isFalse();
        String third = transaction(RemittancePostingIT.era(List.of(sent.get(0)), "EFTC" + tag));
        ApiClient.Response more = api.send("POST", PATH, interchange(first, second, third), "text/plain");
        assertThat(more.json().get("transactions")).extracting(t -> t.get("posted").asBoolean())
                .containsExactly(false, false, true);
        assertThat(count(db, "select count(*) from remittance where clinic_id = :c", clinic.id())).isEqualTo(3);

        // The claim never sent is matched by hand to the first billed claim.
        UUID item = db.sql("select c.id from remittance_claim c join remittance r on r.id = c.remittance_id"
                        + " where c.clinic_id = :c and c.claim_id = 'ZZUNKNOWN001' and r.trace_number = :t")
                .param("c", clinic.id()).param("t", "EFTA" + tag).query(UUID.class).single();
        String itemPage = "/billing/remittances/unmatched/" + item;
        assertThat(biller.get(itemPage).body()).contains("ZZUNKNOWN001", "No billed claim found");
        WebSession.Page refused = biller.post(itemPage, Map.of("serviceDate", "yesterday", "amount", "12X"),
                itemPage);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Enter the date of service as YYYY-MM-DD", "value=\"12X\"");
        WebSession.Page found = biller.post(itemPage, Map.of("claimId", claim.substring(0, 6).toLowerCase()),
                itemPage);
        assertThat(found.body()).contains(claim, clinic.patient().familyName());
        java.math.BigDecimal paidBefore = ClinicScope.callAs(clinic.id(), () -> ledger.claim(claim).payerPaid());
        java.math.BigDecimal itemPaid = db.sql("select paid from remittance_claim where id = :i").param("i", item)
                .query(java.math.BigDecimal.class).single();
        WebSession.Page matched = biller.post(itemPage + "/match", Map.of("claimId", claim), itemPage);
        assertThat(matched.status()).isEqualTo(302);
        assertThat(ClinicScope.callAs(clinic.id(), () -> ledger.claim(claim).payerPaid()))
                .as("the patient's balance counts the payment for the claim it was matched to")
                .isEqualByComparingTo(paidBefore.add(itemPaid));
        assertThat(db.sql("select claim_id || ' ' || patient_id || ' ' || matched_by_name from remittance_match"
                + " where clinic_id = :c and item_id = :i").param("c", clinic.id()).param("i", item)
                .query(String.class).single()).startsWith(claim + " " + clinic.patient().id());
        // (The third payment brought another ZZUNKNOWN001 to match: only the one matched left the queue.)
        assertThat(biller.get("/billing/remittances").body()).doesNotContain(itemPage).contains("ZZUNKNOWN001");
        assertThat(biller.get(itemPage).status()).isEqualTo(404);
        assertThat(count(db, "select count(*) from audit_event where clinic_id = :c and resource_type = 'remittance'"
                + " and action = 'UPDATE' and patient_id = :p", clinic.id(), clinic.patient().id())).isOne();

        // The denials worklist: the second claim, denied for a missing authorization, in plain words.
        String worklist = biller.get("/billing/denials").body();
        String deniedClaim = sent.get(1).claimId();
        assertThat(worklist).contains("Claim " + deniedClaim, "Authorization missing or exceeded", "CO-197",
                "N54", "/billing/claims/" + deniedClaim + "/write-off", "/billing/claims/" + deniedClaim
                        + "/bill-patient");
        // Neither the reversal nor the paid claims are denials.
        assertThat(worklist).doesNotContain("Claim " + claim + "<");
        UUID denial = db.sql("select c.id from remittance_claim c join remittance r on r.id = c.remittance_id"
                        + " where c.clinic_id = :c and c.claim_id = :claim and r.trace_number = :t")
                .param("c", clinic.id()).param("claim", deniedClaim).param("t", "EFTA" + tag).query(UUID.class)
                .single();
        HttpResponse<byte[]> pdf = biller.getBytes("/billing/denials/" + denial + "/appeal.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        String letter = Pdfs.text(pdf.body());
        assertThat(letter).contains(deniedClaim, "PCN2", "ACME HEALTH PLAN", "CO-197", "N54",
                "Authorization missing or exceeded", "authorization on file", clinic.patient().familyName());
        assertThat(count(db, "select count(*) from audit_event where clinic_id = :c and resource_type = 'denial'"
                + " and action = 'EXPORT' and patient_id = :p", clinic.id(), clinic.patient().id())).isOne();

        WebSession.Page unchosen = biller.post("/billing/denials/" + denial + "/worked", Map.of("note", "Sent"),
                "/billing/denials");
        assertThat(unchosen.status()).isEqualTo(200);
        assertThat(unchosen.body()).contains("Choose what was done about the denial.", "value=\"Sent\"");
        WebSession.Page worked = biller.post("/billing/denials/" + denial + "/worked",
                Map.of("action", "APPEALED", "note", "Sent with the authorization"), "/billing/denials");
        assertThat(worked.status()).isEqualTo(302);
        assertThat(biller.get("/billing/denials").body()).doesNotContain("Claim " + deniedClaim);
        assertThat(db.sql("select action || ' ' || worked_by_name from denial_worked where clinic_id = :c"
                + " and remittance_claim_id = :d").param("c", clinic.id()).param("d", denial).query(String.class)
                .single()).startsWith("APPEALED ");

        TestClinics.Clinic other = clinics.create("Variantelse");
        WebSession otherBiller = WebSession.signIn(port, other.user(Role.BILLER).email(), TestClinics.PASSWORD);
        assertThat(otherBiller.get("/billing/denials").body()).doesNotContain(deniedClaim);
        assertThat(otherBiller.getBytes("/billing/denials/" + denial + "/appeal.pdf").statusCode()).isEqualTo(404);
        WebSession pt = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        assertThat(pt.get("/billing/denials").status()).isEqualTo(403);
    }

    private static long count(JdbcClient db, String sql, UUID clinic) {
        return db.sql(sql).param("c", clinic).query(Long.class).single();
    }

    private static long count(JdbcClient db, String sql, UUID clinic, UUID patient) {
        return db.sql(sql).param("c", clinic).param("p", patient).query(Long.class).single();
    }

    /** The ST…SE of a one-payment interchange. */
    static String transaction(String interchange) {
        List<String> segments = Arrays.stream(interchange.split("~")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        int st = segments.indexOf(segments.stream().filter(s -> s.startsWith("ST*")).findFirst().orElseThrow());
        int se = segments.indexOf(segments.stream().filter(s -> s.startsWith("SE*")).findFirst().orElseThrow());
        return String.join("~\n", segments.subList(st, se + 1));
    }

    /** One interchange of the transactions, renumbered 0001, 0002, … */
    static String interchange(String... transactions) {
        List<String> all = new ArrayList<>();
        all.add("ISA*00*          *00*          *ZZ*ACMEHEALTH     *ZZ*HARBORPT       *261207*1200*^*00501*000000201*0*T*:");
        all.add("GS*HP*ACMEHEALTH*HARBORPT*20261207*1200*201*X*005010X221A1");
        int n = 0;
        for (String t : transactions) {
            String control = String.format("%04d", ++n);
            all.add(t.replaceFirst("ST\\*835\\*[0-9]+", "ST*835*" + control)
                    .replaceFirst("SE\\*([0-9]+)\\*[0-9]+$", "SE*$1*" + control));
        }
        all.add("GE*" + n + "*201");
        all.add("IEA*1*000000201");
        return String.join("~\n", all) + "~\n";
    }

    private static BigDecimal corrected(RemittancePostingIT.Sent claim) {
        return claim.lines().stream().map(l -> l.charge().multiply(new BigDecimal("0.70"))
                .setScale(2, RoundingMode.HALF_UP)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The first claim's payment (60% paid, 20% contractual, the rest coinsurance, as RemittancePostingIT.era pays
     * it) reversed in negative amounts, then paid again at 70% with a 10% write-down and the same coinsurance.
     */
    static String reversal(RemittancePostingIT.Sent claim, String trace) {
        List<String> st = new ArrayList<>();
        List<String> reversed = new ArrayList<>();
        List<String> corrected = new ArrayList<>();
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal patient = BigDecimal.ZERO;
        BigDecimal repaid = BigDecimal.ZERO;
        for (RemittancePostingIT.Line line : claim.lines()) {
            BigDecimal linePaid = line.charge().multiply(new BigDecimal("0.60")).setScale(2, RoundingMode.HALF_UP);
            BigDecimal contractual = line.charge().multiply(new BigDecimal("0.20")).setScale(2, RoundingMode.HALF_UP);
            BigDecimal coinsurance = line.charge().subtract(linePaid).subtract(contractual);
            reversed.add("SVC*" + line.procedure() + "*" + line.charge().negate().toPlainString() + "*"
                    + linePaid.negate().toPlainString() + "**-" + line.units());
            reversed.add("CAS*CO*45*" + contractual.negate().toPlainString());
            reversed.add("CAS*PR*2*" + coinsurance.negate().toPlainString());
            BigDecimal again = line.charge().multiply(new BigDecimal("0.70")).setScale(2, RoundingMode.HALF_UP);
            BigDecimal writeDown = line.charge().subtract(again).subtract(coinsurance);
            corrected.add("SVC*" + line.procedure() + "*" + line.charge().toPlainString() + "*"
                    + again.toPlainString() + "**" + line.units());
            corrected.add("CAS*CO*45*" + writeDown.toPlainString());
            corrected.add("CAS*PR*2*" + coinsurance.toPlainString());
            paid = paid.add(linePaid);
            patient = patient.add(coinsurance);
            repaid = repaid.add(again);
        }
        st.add("ST*835*0001*005010X221A1");
        st.add("BPR*I*" + repaid.subtract(paid).toPlainString() + "*C*ACH************"
                + TODAY.toString().replace("-", ""));
        st.add("TRN*1*" + trace + "*1512345678");
        st.add("N1*PR*ACME HEALTH PLAN");
        st.add("REF*2U*ACME1");
        st.add("LX*1");
        st.add("CLP*" + claim.claimId() + "*22*" + claim.charge().negate().toPlainString() + "*"
                + paid.negate().toPlainString() + "*" + patient.negate().toPlainString() + "*12*PCN1*11*1");
        st.addAll(reversed);
        st.add("CLP*" + claim.claimId() + "*1*" + claim.charge().toPlainString() + "*" + repaid.toPlainString() + "*"
                + patient.toPlainString() + "*12*PCN1B*11*1");
        st.addAll(corrected);
        st.add("SE*" + (st.size() + 1) + "*0001");
        return interchange(String.join("~\n", st));
    }
}
