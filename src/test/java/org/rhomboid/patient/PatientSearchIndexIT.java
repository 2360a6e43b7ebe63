package org.rhomboid.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.patient.domain.SearchTerms;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.SyntheticPatients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Search stays fast as a clinic grows because every kind of query is answered from an index. This checks
 * the plans PostgreSQL chooses on a large table; docs/performance.md measures the timings at 1,000,000.
 */
@RhomboidIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PatientSearchIndexIT {

    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    final UUID clinic = UUID.randomUUID();

    @BeforeAll
    void manyPatients() {
        SyntheticPatients.insert(owner, clinic, 100_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"smi", "Smith, Ma", "mary smith", "1961-03-14", "03/14/1961", "S4242", "smith 1961-03-14",
            "zz"})
    void everySearchUsesAnIndex(String query) {
        PatientRepository.SearchQuery search =
                PatientRepository.searchQuery(clinic, SearchTerms.parse(query), PatientService.SEARCH_LIMIT);
        // As the application runs it: its own role, under row-level security, scoped to the clinic.
        List<String> plan = ClinicScope.callAs(clinic, () -> transaction.execute(status ->
                jdbc.sql("explain " + search.sql()).params(search.params()).query(String.class).list()));
        String text = String.join("\n", plan);
        assertThat(text).as(text).doesNotContain("Seq Scan on patient").containsPattern("Index (Only )?Scan");
    }
}
