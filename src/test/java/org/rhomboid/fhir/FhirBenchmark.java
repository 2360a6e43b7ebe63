package org.rhomboid.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.ClinicFounding;
import org.rhomboid.account.Role;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.SyntheticPatients;
import org.rhomboid.support.TestClinics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * FHIR reads at 1,000,000 patients in one clinic, through the whole stack over HTTP: the security filter chain and
 * the bearer token, the FHIR server, row-level security, the audit event's insert and a durable commit. Every
 * patient has an episode and three outcome results (3,000,000 rows); the patient asked about has 30 survey results.
 * Run with {@code ./mvnw -B -Pbenchmark verify -DskipUTs=true -Dit.test=FhirBenchmark}; results go to the console and
 * target/benchmark/fhir.txt, and are recorded in docs/performance.md.
 */
@RhomboidIntegrationTest
class FhirBenchmark {

    private static final int PATIENTS = Integer.getInteger("benchmark.patients", 1_000_000);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 500);

    @LocalServerPort
    int port;
    @Autowired
    ClinicFounding founding;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    @Test
    void readsAtAMillionPatients() throws IOException {
        String email = "fhir-bench-" + UUID.randomUUID().toString().substring(0, 8) + "@test.rhomboid.org";
        UUID clinic = founding.found("FHIR benchmark clinic", false, List.of(new ClinicFounding.NewStaff(email,
                "Bench PT", TestClinics.PASSWORD, EnumSet.of(Role.PT), null)), founded -> founded.clinicId());
        long seedStart = System.nanoTime();
        SyntheticPatients.insert(owner, clinic, PATIENTS);
        JdbcClient sql = JdbcClient.create(owner);
        UUID therapist = sql.sql("select id from app_user where clinic_id = :c").param("c", clinic)
                .query(UUID.class).single();
        sql.sql("""
                insert into episode (id, clinic_id, patient_id, body_region, onset_date, mechanism, status,
                                     treating_therapist_id, started_on)
                select gen_random_uuid(), clinic_id, id, 'THORACIC', date '2026-09-01', 'INSIDIOUS', 'OPEN', :t,
                       date '2026-09-08'
                from patient where clinic_id = :c""").param("c", clinic).param("t", therapist).update();
        sql.sql("""
                insert into outcome_result (id, clinic_id, episode_id, instrument, responses, score, answered,
                                            measured_on, source)
                select gen_random_uuid(), e.clinic_id, e.id, 'NPRS', array[6 - n], 6 - n, 1,
                       date '2026-09-08' + n * 14, 'THERAPIST'
                from episode e cross join generate_series(0, 2) n where e.clinic_id = :c""")
                .param("c", clinic).update();
        UUID patient = sql.sql("select id from patient where clinic_id = :c order by mrn limit 1 offset :middle")
                .param("c", clinic).param("middle", PATIENTS / 2).query(UUID.class).single();
        sql.sql("""
                insert into outcome_result (id, clinic_id, episode_id, instrument, responses, score, answered,
                                            measured_on, source)
                select gen_random_uuid(), e.clinic_id, e.id, 'NPRS', array[8 - n / 4], 8 - n / 4, 1,
                       date '2026-09-08' + n * 2, 'THERAPIST'
                from episode e cross join generate_series(1, 27) n where e.clinic_id = :c and e.patient_id = :p""")
                .param("c", clinic).param("p", patient).update();
        sql.sql("analyze").update();
        long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;

        ApiClient api = ApiClient.signedIn(port, email, TestClinics.PASSWORD);
        List<String> report = new ArrayList<>();
        report.add("FHIR benchmark: %,d patients in one clinic, %d rounds per request, seeded in %,d ms"
                .formatted(PATIENTS, ROUNDS, seedMillis));
        report.add(String.format(Locale.ROOT, "%-48s %8s %9s %9s %9s", "request", "results", "p50 ms", "p95 ms",
                "max ms"));
        time(api, "/fhir/Patient/" + patient, "Patient read", report);
        time(api, "/fhir/Observation?patient=" + patient + "&category=survey", "Observation?patient=&category=survey",
                report);
        Path out = Path.of("target", "benchmark", "fhir.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private void time(ApiClient api, String path, String label, List<String> report) {
        for (int i = 0; i < 100; i++) { // warm-up: the JIT, caches and plans, as in a running clinic
            api.send("GET", path, null, "application/fhir+json");
        }
        double[] millis = new double[ROUNDS];
        int results = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            ApiClient.Response response = api.send("GET", path, null, "application/fhir+json");
            millis[i] = (System.nanoTime() - start) / 1e6;
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            results = response.body().startsWith("{\"resourceType\":\"Bundle\"")
                      ? response.body().split("\"fullUrl\"", -1).length - 1 : 1;
        }
        Arrays.sort(millis);
        report.add(String.format(Locale.ROOT, "%-48s %8d %9.2f %9.2f %9.2f", label, results, millis[ROUNDS / 2],
                millis[(int) (ROUNDS * 0.95)], millis[ROUNDS - 1]));
    }
}
