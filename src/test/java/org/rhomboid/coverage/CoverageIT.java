package org.rhomboid.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.coverage.domain.CoveragesInForce;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A patient's coverages on real PostgreSQL: the front desk enters the patient's own Medicare and a spouse's plan
 * as secondary (the holder's details asked for beside their fields), a second primary for the same days is refused,
 * a plan that ended gets its last day and the new one follows it, a retired payer is kept on the coverage that names
 * it but not offered for a new one, two people saving a primary at the same moment get one coverage, and the claims'
 * question — which coverages bill this date — has the answer of that date.
 */
@RhomboidIntegrationTest
class CoverageIT {

    private static final LocalDate TODAY = LocalDate.now();

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;
    @Autowired
    Coverages coverages;

    private JdbcClient db() {
        return JdbcClient.create(owner);
    }

    private UUID payer(TestClinics.Clinic clinic, String name, String filing, boolean active) {
        UUID id = UUID.randomUUID();
        db().sql("insert into payer (id, clinic_id, name, payer_id, filing_indicator, unit_method, distinct_modifier,"
                        + " medicare_rules, ncci, timely_filing_days, prior_authorization, active) values (:id, :c, :name,"
                        + " :pid, :filing, 'AMA', '59', false, true, 90, false, :active)")
                .param("id", id).param("c", clinic.id()).param("name", name)
                .param("pid", name.replaceAll("[^A-Za-z]", "").toUpperCase()).param("filing", filing)
                .param("active", active).update();
        return id;
    }

    @Test
    void theFrontDeskKeepsAPatientsCoverages() {
        TestClinics.Clinic clinic = clinics.create("Coverson");
        UUID medicare = payer(clinic, "Medicare Part B", "MB", true);
        UUID aetna = payer(clinic, "Aetna", "CI", true);
        UUID retired = payer(clinic, "Old Mutual", "CI", true);
        WebSession desk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        String patient = clinic.patient().id().toString();
        String page = "/patients/" + patient + "/coverages";

        assertThat(desk.get("/patients/" + patient).body()).contains(page);
        assertThat(desk.get(page).body()).contains("No coverage on file yet").contains("No coverage in force");

        Map<String, String> own = new HashMap<>(Map.of("payerId", medicare.toString(), "rank", "PRIMARY",
                "memberId", "1EG4-TE5-MK72", "relationship", "SELF", "firstDay", TODAY.minusYears(1).toString()));
        assertThat(desk.post(page, own, page).status()).isEqualTo(302);

        Map<String, String> spouse = new HashMap<>(Map.of("payerId", aetna.toString(), "rank", "SECONDARY",
                "memberId", "W1234", "groupNumber", "G-77", "relationship", "SPOUSE",
                "firstDay", TODAY.minusMonths(2).toString(), "subscriberFamily", "Coverson",
                "subscriberGiven", "Robert"));
        WebSession.Page missing = desk.post(page, spouse, page);
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body()).contains("holder&#39;s date of birth")
                .contains("holder&#39;s street address").contains("value=\"Robert\"")
                .contains("value=\"W1234\"");
        spouse.putAll(Map.of("subscriberBirthDate", "1950-02-03", "subscriberSex", "MALE", "subscriberAddress",
                "12 Elm St", "subscriberCity", "Portland", "subscriberState", "ME", "subscriberZip", "04101"));
        assertThat(desk.post(page, spouse, page).status()).isEqualTo(302);
        String listed = desk.get(page).body();
        assertThat(listed).contains("Primary — Medicare Part B, then Secondary — Aetna")
                .contains("Robert Coverson (Spouse)").contains("G-77");

        // A second primary for days the first covers is refused beside the rank.
        Map<String, String> second = new HashMap<>(own);
        second.put("payerId", aetna.toString());
        second.put("firstDay", TODAY.minusDays(5).toString());
        assertThat(desk.post(page, second, page).body()).contains("already has a primary coverage in force then");

        // The patient changes plan: the old one gets its last day, the new one starts the next day.
        UUID medicareCoverage = db().sql("select id from coverage where clinic_id = :c and rank = 'PRIMARY'")
                .param("c", clinic.id()).query(UUID.class).single();
        own.put("lastDay", TODAY.minusDays(1).toString());
        assertThat(desk.post("/coverages/" + medicareCoverage, own, "/coverages/" + medicareCoverage).status())
                .isEqualTo(302);
        Map<String, String> next = new HashMap<>(Map.of("payerId", retired.toString(), "rank", "PRIMARY",
                "memberId", "OM-1", "relationship", "SELF", "firstDay", TODAY.toString()));
        assertThat(desk.post(page, next, page).status()).isEqualTo(302);
        CoveragesInForce.OnDay yesterday = ClinicScope.callAs(clinic.id(),
                () -> coverages.inForceOn(clinic.patient().id(), TODAY.minusDays(1)));
        CoveragesInForce.OnDay today = ClinicScope.callAs(clinic.id(),
                () -> coverages.inForceOn(clinic.patient().id(), TODAY));
        assertThat(yesterday.primary().orElseThrow().payerName()).isEqualTo("Medicare Part B");
        assertThat(today.primary().orElseThrow().payerName()).isEqualTo("Old Mutual");
        assertThat(today.secondary().orElseThrow().payerName()).isEqualTo("Aetna");

        // Retired: still named on the coverage (and kept when it is saved again), no longer offered for a new one.
        db().sql("update payer set active = false where id = :id").param("id", retired).update();
        UUID newCoverage = db().sql("select id from coverage where clinic_id = :c and payer_id = :p")
                .param("c", clinic.id()).param("p", retired).query(UUID.class).single();
        assertThat(desk.get("/coverages/" + newCoverage).body()).contains("Old Mutual (retired)");
        assertThat(desk.get(page).body()).doesNotContain("<option value=\"" + retired + "\"");
        assertThat(desk.post("/coverages/" + newCoverage, next, "/coverages/" + newCoverage).status()).isEqualTo(302);

        assertThat(db().sql("select action || ' ' || outcome from audit_event where clinic_id = :c"
                        + " and resource_type = 'Coverage' and patient_id = :p and action <> 'READ' order by id")
                .param("c", clinic.id()).param("p", clinic.patient().id()).query(String.class).list())
                .containsExactly("CREATE SUCCESS", "CREATE SUCCESS", "UPDATE SUCCESS", "CREATE SUCCESS",
                        "UPDATE SUCCESS");
    }

    @Test
    void twoPeopleSavingAPrimaryForTheSameDaysAtOnceGetOneCoverage() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Twocover");
        UUID aetna = payer(clinic, "Aetna", "CI", true);
        String page = "/patients/" + clinic.patient().id() + "/coverages";
        List<WebSession> people = List.of(
                WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD),
                WebSession.signIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD));
        Map<String, String> form = Map.of("payerId", aetna.toString(), "rank", "PRIMARY", "memberId", "A1",
                "relationship", "SELF", "firstDay", TODAY.toString());
        String csrfPage = page;
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<WebSession.Page>> posts = new ArrayList<>();
        for (WebSession person : people) {
            String token = WebSession.csrfFrom(person.get(csrfPage).body());
            Map<String, String> withToken = new HashMap<>(form);
            withToken.put("_csrf", token);
            posts.add(CompletableFuture.supplyAsync(() -> {
                try {
                    together.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return person.postRaw(page, withToken);
            }));
        }
        List<Integer> statuses = posts.stream().map(CompletableFuture::join).map(WebSession.Page::status).toList();
        assertThat(statuses).contains(302);
        assertThat(db().sql("select count(*) from coverage where clinic_id = :c").param("c", clinic.id())
                .query(Integer.class).single()).isEqualTo(1);
        posts.stream().map(CompletableFuture::join).filter(p -> p.status() == 200)
                .forEach(p -> assertThat(p.body()).containsAnyOf("already has a primary coverage",
                        "Another coverage of this rank was just saved"));
    }
}
