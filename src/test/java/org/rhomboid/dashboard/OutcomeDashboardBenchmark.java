package org.rhomboid.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.reasoning.domain.Classification;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.SyntheticPatients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The clinic outcomes dashboard over 100,000 episodes and 1,000,000 outcome results in one clinic, through the
 * real service (row-level security, audit event and all). Run with {@code ./mvnw -B -Pbenchmark verify
 * -DskipUTs=true}; results go to the console and target/benchmark/outcome-dashboard.txt, and are recorded in
 * docs/performance.md. Target: under 1 s.
 */
@RhomboidIntegrationTest
class OutcomeDashboardBenchmark {

    private static final int EPISODES = Integer.getInteger("benchmark.episodes", 100_000);
    private static final int RESULTS_PER_EPISODE = 10;
    private static final int THERAPISTS = 12;
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 30);

    @Autowired
    OutcomeDashboard dashboard;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    @Test
    void dashboardOverAHundredThousandEpisodes() throws IOException {
        UUID clinic = UUID.randomUUID();
        long seedStart = System.nanoTime();
        seed(clinic);
        long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;
        JdbcClient db = JdbcClient.create(owner);
        assertThat(db.sql("select count(*) from outcome_result where clinic_id = :c").param("c", clinic)
                .query(Integer.class).single()).isEqualTo(EPISODES * RESULTS_PER_EPISODE);
        UUID therapist = db.sql("select id from app_user where clinic_id = :c limit 1").param("c", clinic)
                .query(UUID.class).single();

        LocalDate today = LocalDate.now();
        List<String> report = new ArrayList<>();
        report.add("Outcome dashboard benchmark: %,d episodes, %,d outcome results, %d therapists in one clinic, %d rounds, seeded in %,d ms"
                .formatted(EPISODES, EPISODES * RESULTS_PER_EPISODE, THERAPISTS, ROUNDS, seedMillis));
        report.add(String.format(Locale.ROOT, "%-28s %7s %9s %9s %9s", "filter", "groups", "p50 ms", "p95 ms", "max ms"));
        measure(report, "all 100,000 (2 years)", () -> ClinicScope.callAs(clinic,
                () -> dashboard.report(new OutcomeFilter(today.minusYears(2), today, null, null))));
        measure(report, "last 12 months", () -> ClinicScope.callAs(clinic,
                () -> dashboard.report(OutcomeFilter.lastYear(today))));
        measure(report, "one therapist", () -> ClinicScope.callAs(clinic,
                () -> dashboard.report(new OutcomeFilter(today.minusYears(1), today, therapist, null))));
        measure(report, "one classification", () -> ClinicScope.callAs(clinic, () -> dashboard.report(
                new OutcomeFilter(today.minusYears(1), today, null, Classification.THORACIC_MOBILITY_DEFICIT))));
        measure(report, "last 30 days", () -> ClinicScope.callAs(clinic,
                () -> dashboard.report(new OutcomeFilter(today.minusDays(30), today, null, null))));
        Path out = Path.of("target", "benchmark", "outcome-dashboard.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private static void measure(List<String> report, String name, Supplier<OutcomeReport> run) {
        for (int i = 0; i < 3; i++) { // warm-up: plan cache and buffers, as in a running clinic
            run.get();
        }
        double[] millis = new double[ROUNDS];
        int groups = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            groups = run.get().groups().size();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        report.add(String.format(Locale.ROOT, "%-28s %7d %9.1f %9.1f %9.1f", name, groups, millis[ROUNDS / 2],
                millis[(int) (ROUNDS * 0.95)], millis[ROUNDS - 1]));
    }

    /** Everything made inside PostgreSQL, as the owner, so a million rows take seconds. */
    private void seed(UUID clinic) {
        SyntheticPatients.insert(owner, clinic, EPISODES / 4);
        JdbcClient db = JdbcClient.create(owner);
        db.sql("insert into app_user (id, clinic_id, email, display_name, password_hash, roles)"
                        + " select gen_random_uuid(), :c, 'pt' || i || '@load.test', 'Therapist ' || i, 'x', '{PT}'"
                        + " from generate_series(1, :n) i")
                .param("c", clinic).param("n", THERAPISTS).update();
        // Four episodes per patient, onsets spread over the last 18 months, a third discharged.
        db.sql("""
                with t as (select array_agg(id order by email) ids from app_user where clinic_id = :c),
                     p as (select id, row_number() over (order by id) rn from patient where clinic_id = :c)
                insert into episode (id, clinic_id, patient_id, body_region, onset_date, mechanism, status,
                                     treating_therapist_id, started_on, discharged_on)
                select gen_random_uuid(), :c, p.id, 'THORACIC', current_date - ((p.rn * 4 + k) % 540)::int,
                       'INSIDIOUS', case when (p.rn + k) % 3 = 0 then 'DISCHARGED' else 'OPEN' end,
                       t.ids[1 + ((p.rn + k) % :n)::int], current_date - ((p.rn * 4 + k) % 540)::int,
                       case when (p.rn + k) % 3 = 0 then current_date end
                  from p, t, generate_series(0, 3) k""")
                .param("c", clinic).param("n", THERAPISTS).update();
        db.sql("""
                insert into evaluation (id, clinic_id, episode_id, classifications, prognosis, narrative, presentation,
                                        decision_making, personal_factors, updated_by)
                select gen_random_uuid(), e.clinic_id, e.id,
                       array[(array['THORACIC_MOBILITY_DEFICIT','POSTURAL_MOVEMENT_COORDINATION','RIB_DYSFUNCTION',
                                    'THORACIC_RADICULAR_PAIN','MYOFASCIAL_STRAIN','REFERRED_FROM_CERVICAL',
                                    'HYPERKYPHOSIS'])[1 + (abs(hashtext(e.id::text)) % 7)]],
                       'GOOD', '', 'STABLE', 'LOW', 0, e.treating_therapist_id
                  from episode e where e.clinic_id = :c and abs(hashtext(e.id::text)) % 5 <> 0""")
                .param("c", clinic).update();
        // Ten results per episode: NPRS ×4, NDI ×3, PSFS ×3, improving on average.
        db.sql("""
                insert into outcome_result (id, clinic_id, episode_id, instrument, responses, score, percent, value,
                                            answered, measured_on, source)
                select gen_random_uuid(), e.clinic_id, e.id, m.instrument, '{}', m.v, null, m.v, 1,
                       e.onset_date + m.week * 7, 'THERAPIST'
                  from episode e,
                       lateral (select case when j < 4 then 'NPRS' when j < 7 then 'NDI' else 'PSFS' end as instrument,
                                       case when j < 4 then j else (j - 4) % 3 end as week,
                                       case when j < 4 then greatest(0, 7 - j * (abs(hashtext(e.id::text)) % 3))
                                            when j < 7 then greatest(0, 40 - ((j - 4) % 3) * (abs(hashtext(e.id::text)) % 9))
                                            else least(10, 3 + ((j - 7) % 3) * (abs(hashtext(e.id::text)) % 3)) end::numeric as v
                                  from generate_series(0, 9) j) m
                 where e.clinic_id = :c""")
                .param("c", clinic).update();
        db.sql("""
                insert into episode_outcome (clinic_id, episode_id, instrument, baseline_value, baseline_on,
                                             latest_value, latest_on, results)
                select clinic_id, episode_id, instrument,
                       (array_agg(value order by measured_on, recorded_at))[1], min(measured_on),
                       (array_agg(value order by measured_on desc, recorded_at desc))[1], max(measured_on), count(*)
                  from outcome_result where clinic_id = :c group by clinic_id, episode_id, instrument""")
                .param("c", clinic).update();
        // Discharged episodes end for one of the reasons; every episode has 1–16 visit days.
        db.sql("update episode set discharge_reason = (array['GOALS_MET','PLATEAU','PATIENT_CHOICE','NON_ATTENDANCE',"
                        + "'REFERRED_ELSEWHERE','MEDICAL_CHANGE','BENEFITS_EXHAUSTED','OTHER'])[1 + (abs(hashtext(id::text)) % 8)]"
                        + " where clinic_id = :c and status = 'DISCHARGED'")
                .param("c", clinic).update();
        db.sql("insert into episode_visits (clinic_id, episode_id, visits)"
                        + " select clinic_id, id, 1 + abs(hashtext(id::text)) % 16 from episode where clinic_id = :c")
                .param("c", clinic).update();
        db.sql("analyze").update();
    }
}
