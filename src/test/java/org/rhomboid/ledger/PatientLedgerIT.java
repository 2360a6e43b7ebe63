package org.rhomboid.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.ledger.domain.Aging;
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

/**
 * A month of a clinic's activity through the real paths: twenty visits signed and billed in a claim batch to two
 * payers (the patient changed plans mid-month), an 835 with full payment, partial payment with contractual (CO-45)
 * and coinsurance (PR-2), a deductible (PR-1) and a denial (CO-197); patient payments by card, cash and check (one
 * reversed); write-offs on both sides and a denial billed to the patient. The A/R aging reconciles to the cent:
 * outstanding = charges − payer payments − patient payments − adjustments off the books, and payers and patients
 * in their buckets sum to it.
 */
@RhomboidIntegrationTest
class PatientLedgerIT {

    private static final LocalDate TODAY = LocalDate.now();
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;
    @Autowired
    PatientLedger ledger;

    record Sent(String claimId, BigDecimal charge, List<String[]> lines) {}

    @Test
    void aMonthOfActivityReconcilesToTheCentByPayerAndByPatient() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Ledgerwood");
        ClinicBilling.setUp(port, owner, clinic, "1234567893", "Dr. Alan Brooks", "1679576722");
        JdbcClient db = JdbcClient.create(owner);
        UUID patient = clinic.patient().id();
        db.sql("update patient set primary_payer = 'COMMERCIAL', member_id = 'W100000001' where id = :id")
                .param("id", patient).update();
        UUID acme = UUID.randomUUID();
        UUID bay = UUID.randomUUID();
        for (Object[] payer : List.of(new Object[] {acme, "Acme Health", "ACME1"},
                new Object[] {bay, "Bay State Mutual", "BAYS1"})) {
            db.sql("insert into payer (id, clinic_id, name, payer_id, filing_indicator, unit_method,"
                            + " distinct_modifier, medicare_rules, ncci, timely_filing_days, prior_authorization)"
                            + " values (:id, :clinic, :name, :pid, 'CI', 'AMA', '59', false, true, 90, false)")
                    .param("id", payer[0]).param("clinic", clinic.id()).param("name", payer[1])
                    .param("pid", payer[2]).update();
        }
        coverage(db, clinic, acme, TODAY.minusDays(40), TODAY.minusDays(10));
        coverage(db, clinic, bay, TODAY.minusDays(9), null);
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(20));
        WebSession therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        for (int day = 19; day >= 0; day--) {
            ClinicBilling.signDailyNote(therapist, clinic, TODAY.minusDays(day));
        }
        WebSession biller = WebSession.signIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        String range = "/billing/claims?from=" + TODAY.minusDays(21) + "&to=" + TODAY;
        biller.get(range);
        HttpResponse<String> created = biller.postForResponse("/billing/claims/batches",
                Map.of("from", TODAY.minusDays(21).toString(), "to", TODAY.toString()), range);
        assertThat(created.statusCode()).isEqualTo(200);
        List<Sent> sent = sent(created.body());
        assertThat(sent).hasSizeGreaterThanOrEqualTo(20);
        assertThat(created.body()).contains("NM1*PR*2*ACME HEALTH").contains("NM1*PR*2*BAY STATE MUTUAL");

        // The 835: claim 0 paid in full, 1–5 partly (CO-45 + PR-2), 6 a deductible (CO-45 + PR-1), 7 denied
        // (CO-197); the rest not answered yet.
        BigDecimal payerPaid = ZERO;
        BigDecimal contractual = ZERO;
        StringBuilder claims = new StringBuilder();
        for (int i = 0; i <= 7; i++) {
            Sent claim = sent.get(i);
            BigDecimal paid = ZERO;
            BigDecimal patientShare = ZERO;
            StringBuilder lines = new StringBuilder();
            for (String[] line : claim.lines()) {
                BigDecimal charge = new BigDecimal(line[1]);
                BigDecimal linePaid;
                String cas;
                if (i == 0) {
                    linePaid = charge;
                    cas = "";
                } else if (i == 7) {
                    linePaid = ZERO;
                    cas = "~CAS*CO*197*" + charge.toPlainString();
                } else {
                    linePaid = percent(charge, i == 6 ? "0.30" : "0.60");
                    BigDecimal co = percent(charge, "0.20");
                    BigDecimal pr = charge.subtract(linePaid).subtract(co);
                    cas = "~CAS*CO*45*" + co.toPlainString() + "~CAS*PR*" + (i == 6 ? "1" : "2") + "*"
                            + pr.toPlainString();
                    contractual = contractual.add(co);
                    patientShare = patientShare.add(pr);
                }
                paid = paid.add(linePaid);
                lines.append("~SVC*").append(line[0]).append('*').append(line[1]).append('*')
                        .append(linePaid.toPlainString()).append("**").append(line[2]).append(cas);
            }
            claims.append("~CLP*").append(claim.claimId()).append('*').append(i == 7 ? "4" : i == 0 ? "1" : "2")
                    .append('*').append(claim.charge().toPlainString()).append('*').append(paid.toPlainString())
                    .append('*').append(patientShare.toPlainString()).append("*12*PCN").append(i).append("*11*1")
                    .append(lines);
            payerPaid = payerPaid.add(paid);
        }
        ApiClient api = ApiClient.signedIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        ApiClient.Response posted = api.send("POST", "/api/v1/billing/remittances", era(claims.toString(), payerPaid,
                "EFT" + clinic.id().toString().substring(0, 8)), "application/edi-x12");
        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        assertThat(posted.json().get("posted").asBoolean()).isTrue();

        // The front desk takes payments: a card on claim 1, cash oldest first, a check it then reverses.
        WebSession desk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        String balance = "/patients/" + patient + "/balance";
        String payments = "/patients/" + patient + "/payments";
        desk.get(balance);
        assertThat(desk.post(payments, Map.of("method", "CARD", "amount", "10.00", "cardLast4", "4242",
                "claimId", sent.get(1).claimId()), balance).status()).isEqualTo(302);
        assertThat(desk.post(payments, Map.of("method", "CASH", "amount", "30.01"), balance).status())
                .isEqualTo(302);
        assertThat(desk.post(payments, Map.of("method", "CHECK", "amount", "5.00", "checkNumber", "1044"), balance)
                .status()).isEqualTo(302);
        WebSession.Page fullCard = desk.post(payments, Map.of("method", "CARD", "amount", "1.00",
                "cardLast4", "4111111111111111"), balance);
        assertThat(fullCard.status()).isEqualTo(200);
        assertThat(fullCard.body()).contains("never the full card number").doesNotContain("4111111111111111");
        assertThat(desk.post(payments, Map.of("method", "CASH", "amount", "99999"), balance).body())
                .contains("record at most that");
        UUID check = db.sql("select id from patient_payment where clinic_id = :c and method = 'CHECK'")
                .param("c", clinic.id()).query(UUID.class).single();
        assertThat(desk.post(payments + "/" + check + "/reversal", Map.of("reason", "Check returned"), balance)
                .status()).isEqualTo(302);
        BigDecimal patientPaid = new BigDecimal("40.01");
        // The desk never writes off.
        assertThat(desk.post("/billing/claims/" + sent.get(2).claimId() + "/write-off", Map.of("amount", "1",
                "reason", "SMALL_BALANCE", "side", "PATIENT"), balance).status()).isEqualTo(403);

        // The biller: the denial partly written off (payer's side) and the rest billed to the patient; a small
        // balance written off the patient's side; an unanswered claim written off for timely filing.
        Sent denied = sent.get(7);
        BigDecimal deniedWriteOff = denied.charge().subtract(new BigDecimal("20.00"));
        assertThat(biller.post("/billing/claims/" + denied.claimId() + "/write-off", Map.of("amount",
                deniedWriteOff.toPlainString(), "reason", "DENIAL_UPHELD", "side", "PAYER", "note", "No auth"),
                balance).status()).isEqualTo(302);
        assertThat(biller.post("/billing/claims/" + denied.claimId() + "/bill-patient", Map.of("amount", "20.00"),
                balance).status()).isEqualTo(302);
        WebSession.Page tooMuch = biller.post("/billing/claims/" + denied.claimId() + "/bill-patient",
                Map.of("amount", "0.01"), balance);
        assertThat(tooMuch.status()).isEqualTo(200);
        assertThat(tooMuch.body()).contains("Nothing is still with the payer on this claim.");
        assertThat(biller.post("/billing/claims/" + sent.get(3).claimId() + "/write-off", Map.of("amount", "0.99",
                "reason", "SMALL_BALANCE", "side", "PATIENT"), balance).status()).isEqualTo(302);
        Sent late = sent.get(sent.size() - 1);
        assertThat(biller.post("/billing/claims/" + late.claimId() + "/write-off", Map.of("amount",
                late.charge().toPlainString(), "reason", "TIMELY_FILING", "side", "PAYER"), balance).status())
                .isEqualTo(302);
        BigDecimal writeOffs = deniedWriteOff.add(new BigDecimal("0.99")).add(late.charge());
        // Nothing left with the payer: the denial (written off, the rest billed to the patient) and the late claim
        // written off are closed in their histories, once — the denial's first adjustment left $20 with the payer.
        for (String claimId : List.of(denied.claimId(), late.claimId())) {
            assertThat(db.sql("select count(*) from claim_event where clinic_id = :c and claim_id = :claim"
                    + " and kind = 'CLOSED'").param("c", clinic.id()).param("claim", claimId).query(Integer.class)
                    .single()).as(claimId).isEqualTo(1);
        }

        BigDecimal charges = sent.stream().map(Sent::charge).reduce(ZERO, BigDecimal::add);
        BigDecimal expected = charges.subtract(payerPaid).subtract(patientPaid).subtract(contractual)
                .subtract(writeOffs);
        for (LocalDate asOf : List.of(TODAY, TODAY.plusDays(35), TODAY.plusDays(70), TODAY.plusDays(100), TODAY.plusDays(130))) {
            Aging aging = ClinicScope.callAs(clinic.id(), () -> ledger.aging(asOf));
            assertThat(aging.totals().charges()).isEqualByComparingTo(charges);
            assertThat(aging.totals().payerPaid()).isEqualByComparingTo(payerPaid);
            assertThat(aging.totals().patientPaid()).isEqualByComparingTo(patientPaid);
            assertThat(aging.totals().adjustmentsOff()).isEqualByComparingTo(contractual.add(writeOffs));
            assertThat(aging.totals().outstanding()).as("as of %s", asOf).isEqualByComparingTo(expected);
            assertThat(aging.totals().reconciles()).isTrue();
            assertThat(aging.total().total()).isEqualByComparingTo(expected);
            assertThat(sum(aging.byPayer())).isEqualByComparingTo(aging.payerTotal().total());
            assertThat(sum(aging.byPatient())).isEqualByComparingTo(aging.patientTotal().total());
            assertThat(aging.payerTotal().total().add(aging.patientTotal().total())).isEqualByComparingTo(expected);
            for (int b = 0; b < 5; b++) {
                int bucket = b;
                assertThat(aging.byPayer().stream().map(r -> r.buckets().get(bucket)).reduce(ZERO, BigDecimal::add))
                        .isEqualByComparingTo(aging.payerTotal().buckets().get(bucket));
            }
        }
        // Fifty-five days on, the claims no payer answered have aged apart: some 31–60 days, some 61–90.
        Aging later = ClinicScope.callAs(clinic.id(), () -> ledger.aging(TODAY.plusDays(55)));
        assertThat(later.byPayer()).extracting(Aging.Row::name).contains("BAY STATE MUTUAL");
        assertThat(later.payerTotal().buckets().stream().filter(b -> b.signum() > 0).count()).isGreaterThan(1);
        assertThat(later.totals().outstanding()).isEqualByComparingTo(expected);

        String page = biller.get("/billing/aging").body();
        assertThat(page).contains("date of service").contains("to the cent").contains("BAY STATE MUTUAL");
        String balancePage = desk.get(balance).body();
        assertThat(balancePage).contains("ending 4242").contains("Check returned").doesNotContain("M54.6");

        UUID card = db.sql("select id from patient_payment where clinic_id = :c and method = 'CARD'")
                .param("c", clinic.id()).query(UUID.class).single();
        String receipt = Pdfs.text(desk.getBytes(payments + "/" + card + "/receipt").body());
        assertThat(receipt).contains("Payment receipt").contains("ending in 4242").contains("$10.00");
        String statement = Pdfs.text(biller.getBytes("/patients/" + patient + "/statement").body());
        assertThat(statement).contains("Statement").contains("Total due").contains("Therapeutic exercise")
                .contains("7 Oak Street").doesNotContain("M54.6").doesNotContain("Routine visit");
        assertThat(db.sql("select count(*) from audit_event where clinic_id = :c and resource_type = :t"
                        + " and action = 'CREATE' and patient_id = :p")
                .param("c", clinic.id()).param("t", PatientLedger.RESOURCE).param("p", patient)
                .query(Long.class).single()).as("4 payments and reversals, 4 adjustments").isEqualTo(8);
    }

    private static BigDecimal sum(List<Aging.Row> rows) {
        return rows.stream().map(Aging.Row::total).reduce(ZERO, BigDecimal::add);
    }

    private static BigDecimal percent(BigDecimal charge, String share) {
        return charge.multiply(new BigDecimal(share)).setScale(2, RoundingMode.HALF_UP);
    }

    private static void coverage(JdbcClient db, TestClinics.Clinic clinic, UUID payer, LocalDate first,
                                 LocalDate last) {
        db.sql("insert into coverage (id, clinic_id, patient_id, payer_id, rank, member_id, relationship, first_day,"
                        + " last_day, created_by) values (:id, :clinic, :patient, :payer, 'PRIMARY', 'W100000001',"
                        + " 'SELF', :first, :last, :by)")
                .param("id", UUID.randomUUID()).param("clinic", clinic.id()).param("patient", clinic.patient().id())
                .param("payer", payer).param("first", first).param("last", last)
                .param("by", clinic.user(Role.FRONT_DESK).id()).update();
    }

    /** CLM01, CLM02 and each SV1's procedure composite, charge and units. */
    private static List<Sent> sent(String file) {
        Map<String, Sent> claims = new LinkedHashMap<>();
        Sent current = null;
        for (String segment : Arrays.stream(file.split("~")).map(String::strip).toList()) {
            String[] e = segment.split("\\*", -1);
            if (e[0].equals("CLM")) {
                current = new Sent(e[1], new BigDecimal(e[2]).setScale(2), new ArrayList<>());
                claims.put(e[1], current);
            } else if (e[0].equals("SV1") && current != null) {
                current.lines().add(new String[] {e[1], e[2], e[4]});
            } else if (e[0].equals("SE") || e[0].equals("HL")) {
                current = null;
            }
        }
        return List.copyOf(claims.values());
    }

    private static String era(String claims, BigDecimal total, String trace) {
        List<String> st = new ArrayList<>();
        st.add("ST*835*0001*005010X221A1");
        st.add("BPR*I*" + total.toPlainString() + "*C*ACH************" + TODAY.toString().replace("-", ""));
        st.add("TRN*1*" + trace + "*1512345678");
        st.add("N1*PR*ACME HEALTH PLAN");
        st.add("N1*PE*HARBOR STREET PT*XX*1245319599");
        st.add("LX*1");
        st.addAll(Arrays.asList(claims.substring(1).split("~")));
        st.add("SE*" + (st.size() + 1) + "*0001");
        List<String> all = new ArrayList<>();
        all.add("ISA*00*          *00*          *ZZ*ACMEHEALTH     *ZZ*HARBORPT       *261207*1200*^*00501*000000201*0*T*:");
        all.add("GS*HP*ACMEHEALTH*HARBORPT*20261207*1200*201*X*005010X221A1");
        all.addAll(st);
        all.add("GE*1*201");
        all.add("IEA*1*000000201");
        return String.join("~\n", all) + "~\n";
    }
}
