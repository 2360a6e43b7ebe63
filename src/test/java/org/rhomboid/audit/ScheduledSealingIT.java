package org.rhomboid.audit;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.node.NodeName;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scheduled work runs on one node at a time (docs/scaling.md): while another node holds the sealing's ShedLock row,
 * this node's run seals nothing; once the lock is free it seals, and the row names this node.
 */
@RhomboidIntegrationTest
class ScheduledSealingIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    AuditSealing sealing;
    @Autowired
    NodeName node;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    private JdbcClient db() {
        return JdbcClient.create(owner);
    }

    private long unsealed(TestClinics.Clinic clinic) {
        return db().sql("select count(*) from audit_event e where e.clinic_id = :c"
                        + " and not exists (select 1 from audit_seal s where s.event_id = e.id)")
                .param("c", clinic.id()).query(Long.class).single();
    }

    @Test
    void anotherNodeHoldingTheLockKeepsThisOneFromSealing() {
        TestClinics.Clinic clinic = clinics.create("Lockfield");
        WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD).get("/patients");
        db().sql("""
                insert into shedlock (name, lock_until, locked_at, locked_by)
                values ('audit-sealing', timezone('utc', now()) + interval '1 hour', timezone('utc', now()), 'node-elsewhere')
                on conflict (name) do update set lock_until = excluded.lock_until, locked_at = excluded.locked_at,
                                                 locked_by = excluded.locked_by""").update();
        long before = unsealed(clinic);
        assertThat(before).as("signing in and the patient list are in the trail").isPositive();

        sealing.sealAll();
        assertThat(unsealed(clinic)).as("the other node holds the lock").isEqualTo(before);

        db().sql("update shedlock set lock_until = timezone('utc', now()) - interval '1 second'"
                + " where name = 'audit-sealing'").update();
        sealing.sealAll();
        assertThat(unsealed(clinic)).isZero();
        assertThat(db().sql("select locked_by from shedlock where name = 'audit-sealing'").query(String.class).single())
                .isEqualTo(node.value());
    }

    @AfterEach
    void freeTheLock() {
        db().sql("update shedlock set lock_until = timezone('utc', now()) - interval '1 second'"
                + " where name = 'audit-sealing'").update();
    }
}
