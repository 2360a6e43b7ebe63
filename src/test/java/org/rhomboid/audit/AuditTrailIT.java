package org.rhomboid.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rhomboid.account.Role;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.patient.PatientDetails;
import org.rhomboid.patient.PatientService;
import org.rhomboid.patient.domain.Payer;
import org.rhomboid.patient.domain.Sex;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@RhomboidIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    PatientService patients;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource ownerDataSource;

    TestClinics.Clinic clinic;

    @BeforeAll
    void clinic() {
        clinic = clinics.create("Auditson");
    }

    private Map<String, Object> lastEvent(UUID patientId) {
        return JdbcClient.create(ownerDataSource).sql("""
                select a.action, a.resource_type, a.channel, a.outcome, a.user_id, a.clinic_id, a.username
                  from audit_event a where a.patient_id = :patient order by a.id desc limit 1""")
                .param("patient", patientId).query().singleRow();
    }

    private int eventCount(UUID patientId) {
        return JdbcClient.create(ownerDataSource).sql("select count(*) from audit_event where patient_id = :p")
                .param("p", patientId).query(Integer.class).single();
    }

    @Test
    void anApiReadIsAuditedWithWhoWhatAndHow() {
        var pta = clinic.user(Role.PTA);
        ApiClient api = ApiClient.signedIn(port, pta.email(), TestClinics.PASSWORD);
        assertThat(api.get("/api/v1/patients/" + clinic.patient().id()).status()).isEqualTo(200);

        Map<String, Object> event = lastEvent(clinic.patient().id());
        assertThat(event).containsEntry("action", "READ").containsEntry("resource_type", "Patient")
                .containsEntry("channel", "API").containsEntry("outcome", "SUCCESS")
                .containsEntry("user_id", pta.id()).containsEntry("clinic_id", clinic.id())
                .containsEntry("username", pta.email());
    }

    @Test
    void aPageViewIsAuditedAsUi() {
        WebSession web = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        int before = eventCount(clinic.patient().id());
        assertThat(web.get("/patients/" + clinic.patient().id()).status()).isEqualTo(200);
        // The patient, their episodes, the screening of the episode in care (for the red-flag banner), and the list
        // of documents filed from outside.
        assertThat(eventCount(clinic.patient().id())).isEqualTo(before + 4);
        assertThat(lastEvent(clinic.patient().id())).containsEntry("channel", "UI").containsEntry("action", "READ");
    }

    @Test
    void aWriteAndItsAuditEventCommitOrRollBackTogether() {
        UUID[] created = new UUID[1];
        ClinicScope.runAs(clinic.id(), () -> transaction.executeWithoutResult(status -> {
            created[0] = patients.register(new PatientDetails(null, "Rollback", "Rita", LocalDate.of(1970, 1, 1),
                    Sex.FEMALE, null, null, null, null, null, null, Payer.SELF_PAY, null, null, null, null)).id();
            status.setRollbackOnly();
        }));
        assertThat(eventCount(created[0])).isZero();

        UUID kept = ClinicScope.callAs(clinic.id(), () -> patients.register(new PatientDetails(null, "Kept", "Kim",
                LocalDate.of(1970, 1, 1), Sex.FEMALE, null, null, null, null, null, null, Payer.SELF_PAY, null, null,
                null, null)).id());
        assertThat(lastEvent(kept)).containsEntry("action", "CREATE").containsEntry("outcome", "SUCCESS");
    }

    @Test
    void aMissIsAuditedToo() {
        UUID nobody = UUID.randomUUID();
        ApiClient api = ApiClient.signedIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        assertThat(api.get("/api/v1/patients/" + nobody).status()).isEqualTo(404);
        assertThat(lastEvent(nobody)).containsEntry("outcome", "NOT_FOUND").containsEntry("clinic_id", clinic.id());
    }

    @Test
    void theApplicationRoleCanNeitherChangeNorDeleteAuditEvents() {
        ClinicScope.runAs(clinic.id(), () -> {
            assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                    jdbc.sql("update audit_event set username = 'someone-else'").update()))
                    .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
            assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                    jdbc.sql("delete from audit_event").update()))
                    .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        });
        // Not even the owner can rewrite history without first dropping the trigger.
        assertThatThrownBy(() -> JdbcClient.create(ownerDataSource)
                .sql("delete from audit_event where patient_id = :p").param("p", clinic.patient().id()).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void theAdministratorFiltersTheTrailByPatientAndOthersMayNotSeeIt() {
        WebSession admin = WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        WebSession.Page page = admin.get("/admin/audit?patient=" + clinic.patient().id() + "&action=CREATE");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(clinic.patient().id().toString()).contains("<td>Create</td>")
                .doesNotContain("<td>READ</td>");
        assertThat(admin.get("/admin/audit?patient=not-an-id").body()).contains("Paste a patient id");
        // The user filter takes what was typed literally: "%" and "_" are not wildcards.
        String email = clinic.user(Role.CLINIC_ADMIN).email();
        assertThat(admin.get("/admin/audit?user=" + email.substring(0, 6)).body()).as("a prefix still finds").contains(email);
        for (String wildcard : new String[] {"%25", "_", "%25%25%25", "%5C"}) {
            assertThat(admin.get("/admin/audit?user=" + wildcard).body()).as(wildcard).contains("No matching events.");
        }

        WebSession pt = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        assertThat(pt.get("/admin/audit").status()).isEqualTo(403);
    }
}
