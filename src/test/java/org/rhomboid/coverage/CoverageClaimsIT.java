package org.rhomboid.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.billing.claim.X12Validator;
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
 * Claims from coverages on real PostgreSQL: a patient covered by a spouse's plan from today is billed, for today's
 * visit, to that plan's payer from the directory (its payer ID, filing indicator and claims address) with the spouse
 * as subscriber and the patient in loop 2000C; the earlier evaluation, before any coverage, is held back and says
 * why; the file validates against the implementation guide's rules.
 */
@RhomboidIntegrationTest
class CoverageClaimsIT {

    private static final LocalDate TODAY = LocalDate.now();

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    @Test
    void aSpousesPlanIsBilledWithTheSpouseAsSubscriberAndThePatientBelow() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Spouseclaim");
        ClinicBilling.setUp(port, owner, clinic, "1234567893", "Dr. Alan Brooks", "1679576722");
        JdbcClient db = JdbcClient.create(owner);
        db.sql("update patient set primary_payer = 'COMMERCIAL', member_id = 'OLD0001' where id = :id")
                .param("id", clinic.patient().id()).update();
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(10));
        WebSession therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        ClinicBilling.signDailyNote(therapist, clinic, TODAY);

        WebSession biller = WebSession.signIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        Map<String, String> aetna = Map.ofEntries(Map.entry("name", "Aetna"), Map.entry("payerId", "60054"),
                Map.entry("filingIndicator", "CI"), Map.entry("addressLine", "PO Box 981106"),
                Map.entry("city", "El Paso"), Map.entry("state", "TX"), Map.entry("postalCode", "79998-1106"),
                Map.entry("unitMethod", "AMA"), Map.entry("distinctModifier", "59"), Map.entry("ncci", "yes"),
                Map.entry("timelyFilingDays", "120"), Map.entry("active", "yes"));
        assertThat(biller.post("/billing/payers", aetna, "/billing/payers/new").status()).isEqualTo(302);
        UUID payer = db.sql("select id from payer where clinic_id = :c").param("c", clinic.id()).query(UUID.class)
                .single();

        WebSession desk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        String page = "/patients/" + clinic.patient().id() + "/coverages";
        assertThat(desk.post(page, Map.ofEntries(Map.entry("payerId", payer.toString()), Map.entry("rank", "PRIMARY"),
                Map.entry("memberId", "W123456789"), Map.entry("relationship", "SPOUSE"),
                Map.entry("firstDay", TODAY.toString()), Map.entry("subscriberFamily", "Partner"),
                Map.entry("subscriberGiven", "Robin"), Map.entry("subscriberBirthDate", "1960-05-06"),
                Map.entry("subscriberSex", "FEMALE"), Map.entry("subscriberAddress", "7 Oak Street"),
                Map.entry("subscriberCity", "Portland"), Map.entry("subscriberState", "ME"),
                Map.entry("subscriberZip", "04102")), page).status()).isEqualTo(302);

        String range = "/billing/claims?from=" + TODAY.minusDays(12) + "&to=" + TODAY;
        assertThat(biller.get(range).body()).contains("No coverage in force on this date");
        HttpResponse<String> created = biller.postForResponse("/billing/claims/batches",
                Map.of("from", TODAY.minusDays(12).toString(), "to", TODAY.toString()), range);
        assertThat(created.statusCode()).isEqualTo(200);
        String file = created.body();
        assertThat(X12Validator.validate(file).errors()).isEmpty();
        List<String> segments = Arrays.stream(file.split("~")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        assertThat(segments.stream().filter(s -> s.startsWith("CLM*"))).hasSize(1);
        int subscriberLevel = segments.indexOf(segments.stream().filter(s -> s.matches("HL\\*\\d+\\*\\d+\\*22\\*1"))
                .findFirst().orElseThrow());
        String patient = clinic.patient().familyName().toUpperCase();
        assertThat(segments.subList(subscriberLevel + 1, subscriberLevel + 12)).containsExactly(
                "SBR*P********CI",
                "NM1*IL*1*PARTNER*ROBIN****MI*W123456789",
                "N3*7 OAK STREET",
                "N4*PORTLAND*ME*04102",
                "DMG*D8*19600506*F",
                "NM1*PR*2*AETNA*****PI*60054",
                "N3*PO BOX 981106",
                "N4*EL PASO*TX*799981106",
                segments.get(subscriberLevel + 9),
                "PAT*01",
                segments.get(subscriberLevel + 11));
        assertThat(segments.get(subscriberLevel + 9)).matches("HL\\*\\d+\\*\\d+\\*23\\*0");
        assertThat(segments.get(subscriberLevel + 11)).startsWith("NM1*QC*1*" + patient + "*");
        assertThat(file).doesNotContain("OLD0001").doesNotContain("ACME1");
    }

    /**
     * The directory's unit rule, not the kind's: a commercial patient (per-code rule built in) whose insurer the
     * clinic's directory says follows CMS's 8-minute rule has 33 + 7 timed minutes billed as 3 units at signing —
     * the per-code rule would give 2 (97112's 7 minutes none).
     */
    @Test
    void aNoteIsCodedByTheUnitRuleOfThePrimaryCoveragesPayerInTheDirectory() {
        TestClinics.Clinic clinic = clinics.create("Unitrule");
        JdbcClient db = JdbcClient.create(owner);
        db.sql("update patient set primary_payer = 'COMMERCIAL', member_id = 'UR0001' where id = :id")
                .param("id", clinic.patient().id()).update();
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(10));
        WebSession biller = WebSession.signIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        Map<String, String> insurer = Map.ofEntries(Map.entry("name", "Eightminute Health"),
                Map.entry("payerId", "EMH01"), Map.entry("filingIndicator", "CI"), Map.entry("unitMethod", "CMS"),
                Map.entry("distinctModifier", "59"), Map.entry("ncci", "yes"), Map.entry("timelyFilingDays", "90"),
                Map.entry("active", "yes"));
        assertThat(biller.post("/billing/payers", insurer, "/billing/payers/new").status()).isEqualTo(302);
        UUID payer = db.sql("select id from payer where clinic_id = :c").param("c", clinic.id()).query(UUID.class)
                .single();
        WebSession desk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        String page = "/patients/" + clinic.patient().id() + "/coverages";
        assertThat(desk.post(page, Map.of("payerId", payer.toString(), "rank", "PRIMARY", "memberId", "EMH123",
                "relationship", "SELF", "firstDay", TODAY.minusDays(1).toString()), page).status()).isEqualTo(302);

        WebSession therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        String notes = "/episodes/" + clinic.episode().id() + "/notes";
        java.util.regex.Matcher started = java.util.regex.Pattern.compile("/notes/([0-9a-f-]{36})")
                .matcher(therapist.post(notes, Map.of("kind", "DAILY_NOTE"), notes).location());
        assertThat(started.find()).isTrue();
        String note = "/notes/" + started.group(1);
        assertThat(therapist.postMulti(note, Map.of("visitDate", List.of(TODAY.toString()),
                "i0.code", List.of("97110"), "i0.minutes", List.of("33"), "i1.code", List.of("97112"),
                "i1.minutes", List.of("7"), "totalTreatmentMinutes", List.of("45"),
                "assessment", List.of("Routine visit; progressing."), "action", List.of("sign")), note).status())
                .isEqualTo(302);
        assertThat(db.sql("select coalesce(sum(units), 0) from note_service where clinic_id = :c and note_id = :n")
                .param("c", clinic.id()).param("n", UUID.fromString(started.group(1)))
                .query(Integer.class).single()).as("40 timed minutes under the 8-minute rule").isEqualTo(3);
    }
}
