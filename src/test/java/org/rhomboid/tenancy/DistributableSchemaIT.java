package org.rhomboid.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 17, ready for a distributed PostgreSQL: the migrated schema distributes by clinic on Citus without change.
 * Every clinic table (one with clinic_id) is a distributed table, so its primary key, unique constraints and unique
 * indexes lead with clinic_id and its foreign keys to other distributed tables carry clinic_id on both sides; every
 * other table is on the list below with the reason it is not distributed (docs/scaling.md, "Citus").
 */
@RhomboidIntegrationTest
class DistributableSchemaIT {

    /**
     * Citus reference tables (copied whole to every worker) and tables that stay on the coordinator, each with the
     * reason. A new table without clinic_id fails the test until it is named here and in docs/scaling.md.
     */
    static final Map<String, String> NOT_DISTRIBUTED = Map.ofEntries(
            Map.entry("clinic", "reference: the distribution root every clinic table points at"),
            Map.entry("app_user", "reference: sign-in finds the account by e-mail or passkey before the clinic is"
                    + " known, so e-mail, passkey handle and id stay unique across clinics; few rows, rarely written"),
            Map.entry("staff_totp", "reference: an account's authenticator secret, read at sign-in with app_user"),
            Map.entry("staff_recovery_code", "reference: an account's recovery codes, read at sign-in with app_user"),
            Map.entry("api_token", "reference: a token names its account before the clinic is known"),
            Map.entry("user_credentials", "reference: Spring Security's passkeys, found by credential before the"
                    + " clinic is known"),
            Map.entry("sign_in_failure", "coordinator: failed sign-ins counted per e-mail before the clinic is known"),
            Map.entry("request_count", "coordinator: node infrastructure, rate-limit windows (unlogged)"),
            Map.entry("spring_session", "coordinator: node infrastructure, web sessions"),
            Map.entry("spring_session_attributes", "coordinator: node infrastructure, web session attributes"),
            Map.entry("session_timeout", "coordinator: node infrastructure, sessions a request found expired"),
            Map.entry("shedlock", "coordinator: node infrastructure, one node per scheduled run"),
            Map.entry("flyway_schema_history", "coordinator: Flyway's own record of migrations"));

    @Autowired
    @Qualifier("migrationDataSource")
    DataSource ownerDataSource;

    @Test
    void everyTableWithoutClinicIdIsNamedWithItsReason() {
        List<String> unnamed = catalog().sql("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
                  and not exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'clinic_id'
                                  and not a.attisdropped)
                order by 1""").query(String.class).list().stream()
                .filter(table -> !NOT_DISTRIBUTED.containsKey(table)).toList();
        assertThat(unnamed).as("tables without clinic_id that are neither distributed nor named as reference"
                + " or coordinator tables").isEmpty();
    }

    @Test
    void everyKeyOfADistributedTableLeadsWithClinicId() {
        List<String> offenders = catalog().sql("""
                select c.relname || ': ' || i.indexrelid::regclass || ' ' || pg_get_indexdef(i.indexrelid)
                from pg_index i
                join pg_class c on c.oid = i.indrelid
                join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute clinic on clinic.attrelid = c.oid and clinic.attname = 'clinic_id'
                                        and not clinic.attisdropped
                where n.nspname = 'public' and (i.indisunique or i.indisprimary)
                  and i.indkey[0] <> clinic.attnum
                order by 1""").query(String.class).list().stream()
                .filter(offender -> !NOT_DISTRIBUTED.containsKey(offender.substring(0, offender.indexOf(':'))))
                .toList();
        assertThat(offenders).as("primary keys, unique constraints and unique indexes not led by clinic_id")
                .isEmpty();
    }

    @Test
    void everyForeignKeyBetweenDistributedTablesCarriesClinicIdOnBothSides() {
        List<String> offenders = catalog().sql("""
                select child.relname, parent.relname, con.conname || ' ' || pg_get_constraintdef(con.oid),
                       exists (select 1 from unnest(con.conkey, con.confkey) k(c, p)
                               where k.c = cc.attnum and k.p = pc.attnum) as carries_clinic
                from pg_constraint con
                join pg_class child on child.oid = con.conrelid
                join pg_class parent on parent.oid = con.confrelid
                join pg_namespace n on n.oid = child.relnamespace
                join pg_attribute cc on cc.attrelid = child.oid and cc.attname = 'clinic_id' and not cc.attisdropped
                join pg_attribute pc on pc.attrelid = parent.oid and pc.attname = 'clinic_id' and not pc.attisdropped
                where n.nspname = 'public' and con.contype = 'f'
                order by 1, 3""").query((rs, row) -> new ForeignKey(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getBoolean(4))).list().stream()
                .filter(key -> !key.carriesClinic() && distributed(key.child()) && distributed(key.parent()))
                .map(key -> key.child() + ": " + key.definition()).toList();
        assertThat(offenders).as("foreign keys between distributed tables that do not match clinic_id to clinic_id")
                .isEmpty();
    }

    @Test
    void theCheckSeesTheClinicTables() {
        Set<String> distributed = new TreeSet<>(catalog().sql("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'clinic_id' and not a.attisdropped
                where n.nspname = 'public' and c.relkind in ('r', 'p')""").query(String.class).list());
        distributed.removeAll(NOT_DISTRIBUTED.keySet());
        assertThat(distributed).contains("patient", "episode", "note", "audit_event", "outcome_result",
                "intake_link", "portal_link");
    }

    record ForeignKey(String child, String parent, String definition, boolean carriesClinic) {
    }

    private static boolean distributed(String table) {
        return !NOT_DISTRIBUTED.containsKey(table);
    }

    private JdbcClient catalog() {
        return JdbcClient.create(ownerDataSource);
    }
}
