package org.rhomboid.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.SyntheticPatients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Patient search against 1,000,000 patients in one clinic, through the real service (row-level security,
 * audit event and all). Run with {@code ./mvnw -B -Pbenchmark verify -DskipUTs=true}; results go to the
 * console and target/benchmark/patient-search.txt, and are recorded in docs/performance.md.
 */
@RhomboidIntegrationTest
class PatientSearchBenchmark {

    private static final int PATIENTS = Integer.getInteger("benchmark.patients", 1_000_000);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 200);
    private static final List<String> QUERIES = List.of("smi", "smith", "smith, ma", "mary smith", "garc",
            "1961-03-14", "S424242", "nguyen 1961-03-14", "zz");

    @Autowired
    PatientService patients;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    @Test
    void searchAMillionPatients() throws IOException {
        UUID clinic = UUID.randomUUID();
        long seedStart = System.nanoTime();
        SyntheticPatients.insert(owner, clinic, PATIENTS);
        long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;
        int stored = JdbcClient.create(owner).sql("select count(*) from patient where clinic_id = :c")
                .param("c", clinic).query(Integer.class).single();
        assertThat(stored).isEqualTo(PATIENTS);

        List<String> report = new ArrayList<>();
        report.add("Patient search benchmark: %,d patients in one clinic, %d rounds per query, seeded in %,d ms"
                .formatted(PATIENTS, ROUNDS, seedMillis));
        report.add(String.format(Locale.ROOT, "%-20s %8s %9s %9s %9s", "query", "results", "p50 ms", "p95 ms", "max ms"));
        for (String query : QUERIES) {
            for (int i = 0; i < 20; i++) { // warm-up: caches and plan cache, as in a running clinic
                ClinicScope.callAs(clinic, () -> patients.search(query));
            }
            double[] millis = new double[ROUNDS];
            int results = 0;
            for (int i = 0; i < ROUNDS; i++) {
                long start = System.nanoTime();
                results = ClinicScope.callAs(clinic, () -> patients.search(query)).size();
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            report.add(String.format(Locale.ROOT, "%-20s %8d %9.2f %9.2f %9.2f", "\"" + query + "\"", results,
                    millis[ROUNDS / 2], millis[(int) (ROUNDS * 0.95)], millis[ROUNDS - 1]));
        }
        Path out = Path.of("target", "benchmark", "patient-search.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }
}
