package org.rhomboid.fhir.observation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.param.TokenOrListParam;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rhomboid.account.Role;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.fhir.FhirPage;
import org.rhomboid.fhir.FhirSystems;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.SyntheticPatients;
import org.rhomboid.support.TestClinics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code Observation?patient=&category=survey} is one indexed query: the patient's episodes by the index leading
 * with clinic and patient, then their results by the index leading with clinic and episode — with a clinic of
 * 5,000 patients and 30 results each, as the application runs it (its role, under row-level security).
 */
@RhomboidIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirObservationPlanIT {

    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TestClinics clinics;

    TestClinics.Clinic clinic;

    @BeforeAll
    void manyResults() {
        clinic = clinics.create("Planwell");
        SyntheticPatients.insert(owner, clinic.id(), 5_000);
        JdbcClient db = JdbcClient.create(owner);
        db.sql("""
                insert into episode (id, clinic_id, patient_id, body_region, onset_date, mechanism, status,
                                     treating_therapist_id, started_on)
                select gen_random_uuid(), p.clinic_id, p.id, 'THORACIC', date '2026-01-01', 'INSIDIOUS', 'OPEN',
                       :therapist, date '2026-01-05'
                  from patient p where p.clinic_id = :c and p.mrn like 'S%'""")
                .param("c", clinic.id()).param("therapist", clinic.user(Role.PT).id()).update();
        db.sql("""
                insert into outcome_result (id, clinic_id, episode_id, instrument, responses, score, value, answered,
                                            measured_on, source)
                select gen_random_uuid(), e.clinic_id, e.id, 'NPRS', array[n % 11], n % 11, n % 11, 1,
                       date '2026-01-05' + n, 'THERAPIST'
                  from episode e cross join generate_series(1, 30) as n where e.clinic_id = :c""")
                .param("c", clinic.id()).update();
        db.sql("analyze episode").update();
        db.sql("analyze outcome_result").update();
        db.sql("analyze intake").update();
    }

    @Test
    void surveySearchUsesTheClinicAndPatientIndexes() {
        UUID patient = JdbcClient.create(owner).sql("select id from patient where clinic_id = :c and mrn = 'S2500'")
                .param("c", clinic.id()).query(UUID.class).single();
        TokenOrListParam survey = new TokenOrListParam(FhirSystems.OBSERVATION_CATEGORY, "survey");
        ObservationQuery query = new ObservationQuery(patient, survey, null, null, null, null, null, ZoneOffset.UTC);
        Map<String, Object> params = new HashMap<>(Map.of("c", clinic.id(), "p", patient));
        String sql = ObservationRecords.surveyPage(ObservationRecords.surveyWhere(query, params), false, false,
                FhirPage.of(0, 50));
        List<String> plan = ClinicScope.callAs(clinic.id(), () -> transaction.execute(status ->
                jdbc.sql("explain " + sql).params(params).query(String.class).list()));
        String text = String.join("\n", plan);
        assertThat(text).as(text).doesNotContain("Seq Scan on outcome_result").doesNotContain("Seq Scan on episode")
                .contains("episode_patient_idx").contains("outcome_result_episode_idx");
        int rows = ClinicScope.callAs(clinic.id(), () -> transaction.execute(status ->
                jdbc.sql(sql).params(params).query((rs, n) -> 1).list().size()));
        assertThat(rows).isEqualTo(30);
    }
}
