package org.rhomboid.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.outcome.OutcomeService;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The clinic outcomes dashboard on real data: counts, mean change, MCID reached, filters, CSV, who may see it. */
@RhomboidIntegrationTest
class OutcomeDashboardIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    private void ndi(TestClinics.Clinic clinic, UUID episode, int daysAgo, Integer... responses) {
        ClinicScope.runAs(clinic.id(), () -> outcomes.record(episode, OutcomeInstrument.NDI, List.of(responses),
                LocalDate.now().minusDays(daysAgo)));
    }

    @Test
    void meanChangeAndShareReachingTheMcidByTherapistAndClassification() {
        TestClinics.Clinic clinic = clinics.create("Dashwood");
        UUID first = clinic.episode().id();
        // Episode 1: NDI 36 % → 20 % (improved by 16 points); a later result on an earlier date is not the latest.
        ndi(clinic, first, 14, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1);
        ndi(clinic, first, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        ndi(clinic, first, 7, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
        // Episode 2, same patient and therapist: NDI 40 % → 36 % (not an important change).
        UUID second = UUID.randomUUID();
        JdbcClient db = JdbcClient.create(owner);
        db.sql("insert into episode (id, clinic_id, patient_id, body_region, onset_date, mechanism, status,"
                        + " treating_therapist_id, started_on, discharged_on, discharge_reason) select :id, clinic_id, patient_id,"
                        + " body_region, onset_date, mechanism, 'DISCHARGED', treating_therapist_id, started_on, current_date,"
                        + " 'PLATEAU' from episode where id = :from")
                .param("id", second).param("from", first).update();
        ndi(clinic, second, 20, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
        ndi(clinic, second, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1);
        db.sql("insert into evaluation (id, clinic_id, episode_id, classifications, prognosis, narrative, presentation,"
                        + " decision_making, personal_factors, updated_by) values (gen_random_uuid(), :clinic, :episode,"
                        + " '{THORACIC_MOBILITY_DEFICIT,HYPERKYPHOSIS}', 'GOOD', '', 'STABLE', 'LOW', 0, :by)")
                .param("clinic", clinic.id()).param("episode", first).param("by", clinic.user(Role.PT).id()).update();
        // Six signed visit days on the first episode; the second was never seen after its evaluation was lost.
        db.sql("insert into episode_visits (clinic_id, episode_id, visits) values (:clinic, :episode, 6)")
                .param("clinic", clinic.id()).param("episode", first).update();
        assertThat(db.sql("select latest_value from episode_outcome where episode_id = :e").param("e", first)
                .query(Double.class).single()).isEqualTo(20.0);

        WebSession therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        String page = therapist.get("/dashboard/outcomes").body();
        assertThat(page).contains("All episodes").contains(clinic.user(Role.PT).displayName())
                .contains("Thoracic mobility deficit").contains("Not evaluated yet")
                .contains("50%").contains("n=2, mean change -10").contains("100%").contains("n=1, mean change -16")
                .contains("1 · 0 · 1").contains("Plateau: no further progress expected: 1")
                .contains("<td class=\"visits\">3</td>");

        String filtered = therapist.get("/dashboard/outcomes?classification=THORACIC_MOBILITY_DEFICIT").body();
        assertThat(filtered).contains("n=1, mean change -16").doesNotContain("n=2");
        // Issue 16, item 11: the second classification counts too — in its own row and under its own filter.
        assertThat(page).contains("Hyperkyphosis").contains("add up to")
                .containsPattern("Hyperkyphosis</span></th>\\s*<td>1</td>");
        assertThat(therapist.get("/dashboard/outcomes?classification=HYPERKYPHOSIS").body())
                .contains("n=1, mean change -16").doesNotContain("n=2");

        WebSession.Page csv = therapist.get("/dashboard/outcomes.csv?from=" + LocalDate.now().minusYears(1));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("group,name,episodes,open,on_hold,discharged,visits_per_episode,nprs_episodes")
                .contains("discharged_goals_met,discharged_plateau,").contains("discharged_without_summary\r\n")
                .contains("clinic,\"All episodes\",2,1,0,1,3,0,,,0,,,2,-10,50,").contains(",0,1,0,0,0,0,0,0,0\r\n");

        // Bad filters: a message beside the field, the default range used, never a 500.
        WebSession.Page bad = therapist.get("/dashboard/outcomes?from=2026-13-40&to=2020-01-01&therapist=nobody&classification=FOO");
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("Enter a date as yyyy-mm-dd").contains("Choose a therapist from the list")
                .contains("Choose a classification from the list").contains("value=\"2026-13-40\"");

        // Assistants and the front desk don't see clinic outcomes; another clinic sees none of these.
        assertThat(WebSession.signIn(port, clinic.user(Role.PTA).email(), TestClinics.PASSWORD)
                .get("/dashboard/outcomes").status()).isEqualTo(403);
        assertThat(WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD)
                .get("/dashboard/outcomes.csv").status()).isEqualTo(403);
        TestClinics.Clinic other = clinics.create("Elsewhere");
        String theirs = WebSession.signIn(port, other.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD)
                .get("/dashboard/outcomes").body();
        assertThat(theirs).doesNotContain("mean change -16").doesNotContain(clinic.user(Role.PT).displayName());
        assertThat(db.sql("select count(*) from audit_event where clinic_id = :c and resource_type = 'OutcomeDashboard'")
                .param("c", clinic.id()).query(Integer.class).single()).isGreaterThanOrEqualTo(4);
    }
}
