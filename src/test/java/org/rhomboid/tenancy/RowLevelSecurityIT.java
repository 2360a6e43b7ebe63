package org.rhomboid.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second wall: even a query that forgets its clinic filter sees only the current clinic's rows,
 * because PostgreSQL enforces it for the application's role.
 */
@RhomboidIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowLevelSecurityIT {

    @Autowired
    TestClinics clinics;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource ownerDataSource;

    TestClinics.Clinic a;
    TestClinics.Clinic b;

    @BeforeAll
    void clinics() {
        a = clinics.create("Rlsa");
        b = clinics.create("Rlsb");
    }

    @Test
    void aQueryWithoutClinicFilterSeesOnlyTheCurrentClinic() {
        List<UUID> clinicsSeen = ClinicScope.callAs(a.id(), () -> transaction.execute(status ->
                jdbc.sql("select distinct clinic_id from patient").query(UUID.class).list()));
        assertThat(clinicsSeen).containsExactly(a.id());

        Integer foreign = ClinicScope.callAs(a.id(), () -> transaction.execute(status ->
                jdbc.sql("select count(*) from episode where id = :id").param("id", b.episode().id())
                        .query(Integer.class).single()));
        assertThat(foreign).isZero();
    }

    @Test
    void withoutAClinicInScopeNoClinicalRowIsVisible() {
        Integer visible = transaction.execute(status ->
                jdbc.sql("select count(*) from patient").query(Integer.class).single());
        assertThat(visible).isZero();
    }

    @Test
    void writingIntoAnotherClinicIsRefused() {
        assertThatThrownBy(() -> ClinicScope.runAs(a.id(), () -> transaction.executeWithoutResult(status ->
                jdbc.sql("""
                        insert into patient (id, clinic_id, mrn, family_name, given_name, birth_date, sex, primary_payer)
                        values (:id, :clinic, 'X1', 'Intruder', 'Ivy', date '1980-01-01', 'FEMALE', 'SELF_PAY')""")
                        .param("id", UUID.randomUUID()).param("clinic", b.id()).update())))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("row-level security");

        int changed = ClinicScope.callAs(a.id(), () -> transaction.execute(status ->
                jdbc.sql("update patient set family_name = 'Changed' where id = :id")
                        .param("id", b.patient().id()).update()));
        assertThat(changed).isZero();
    }

    @Test
    void theClinicSettingDoesNotOutliveItsTransaction() {
        ClinicScope.runAs(a.id(), () -> transaction.executeWithoutResult(status ->
                jdbc.sql("select 1").query(Integer.class).single()));
        // Same pool, next transaction, no clinic in scope: nothing may leak from the previous one.
        String setting = transaction.execute(status ->
                jdbc.sql("select coalesce(current_setting('rhomboid.clinic_id', true), '')").query(String.class).single());
        assertThat(setting).isEmpty();
    }

    @Test
    void everyTableWithAClinicColumnForcesRowLevelSecurity() {
        // Staff accounts, patient links and calendar feed links are looked up before a clinic is known; they hold no
        // patient data.
        List<String> unprotected = JdbcClient.create(ownerDataSource).sql("""
                select c.relname from pg_class c
                  join pg_namespace n on n.oid = c.relnamespace and n.nspname = current_schema()
                 where c.relkind = 'r'
                   and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'clinic_id')
                   and not (c.relrowsecurity and c.relforcerowsecurity)
                   and c.relname not in ('app_user', 'intake_link', 'outcome_link', 'portal_link',
                                         'calendar_feed_link')""").query(String.class).list();
        assertThat(unprotected).isEmpty();
    }

    @Test
    void resetRoleOnAPooledConnectionStillSeesOnlyTheCurrentClinic() {
        // What an injected statement would try first: drop whatever role the pool set and read everything.
        Integer foreign = ClinicScope.callAs(a.id(), () -> transaction.execute(status -> {
            jdbc.sql("reset role").update();
            return jdbc.sql("select count(*) from patient where clinic_id = :other").param("other", b.id())
                    .query(Integer.class).single();
        }));
        assertThat(foreign).isZero();
        var role = transaction.execute(status -> {
            jdbc.sql("reset role").update();
            return jdbc.sql("select r.rolsuper, r.rolbypassrls from pg_roles r where r.rolname = current_user")
                    .query((rs, row) -> List.of(rs.getBoolean(1), rs.getBoolean(2))).single();
        });
        assertThat(role).containsExactly(false, false);
    }

    @Test
    void theApplicationsLoginIsNeitherSuperuserNorOwnerAndHasOnlyTheApplicationRolesRights() {
        String owner = JdbcClient.create(ownerDataSource).sql("select current_user").query(String.class).single();
        var login = transaction.execute(status -> jdbc.sql("""
                select current_user, session_user, r.rolsuper, r.rolbypassrls,
                       pg_has_role(current_user, 'rhomboid_app', 'USAGE'), pg_has_role(current_user, :owner, 'MEMBER')
                  from pg_roles r where r.rolname = current_user""").param("owner", owner)
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                        rs.getBoolean(5), rs.getBoolean(6))).single());
        assertThat(login.get(0)).isNotEqualTo(owner).isEqualTo(login.get(1)).asString().endsWith("_app_login");
        assertThat(login.subList(2, 6)).containsExactly(false, false, true, false);
    }

    @Test
    void thePoolCannotTurnIntoTheOwner() {
        String owner = JdbcClient.create(ownerDataSource).sql("select current_user").query(String.class).single();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                jdbc.sql("set role \"" + owner + "\"").update()))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                jdbc.sql("set session authorization \"" + owner + "\"").update()))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void thePoolCreatesNothingNotEvenATemporaryTableThatWouldHideTheAuditTrail() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                jdbc.sql("create table planted (id int)").update()))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                jdbc.sql("create temporary table audit_event (id int)").update()))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
    }
}
