package org.rhomboid.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A write under an exclusion constraint, in a real PostgreSQL transaction: a deadlock PostgreSQL broke (two bookings
 * of one slot at the same moment, each waiting for the other's row) is tried again; a clash is refused as false; a
 * write that keeps deadlocking is not retried for ever.
 */
@RhomboidIntegrationTest
class SavepointsIT {

    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    @Test
    void aDeadlockedWriteIsTriedAgainAndAClashIsRefused() {
        JdbcClient jdbc = JdbcClient.create(owner);
        TransactionTemplate transaction = new TransactionTemplate(new JdbcTransactionManager(owner));
        int[] calls = {0};

        Boolean wrote = transaction.execute(status -> Savepoints.unlessExcluded(jdbc, () -> {
            if (++calls[0] == 1) {
                throw new CannotAcquireLockException("deadlock", new SQLException("deadlock detected", "40P01"));
            }
            jdbc.sql("select 1").query(Integer.class).single();
        }));
        assertThat(wrote).isTrue();
        assertThat(calls[0]).as("tried again after the deadlock").isEqualTo(2);

        calls[0] = 0;
        Boolean refused = transaction.execute(status -> Savepoints.unlessExcluded(jdbc, () -> {
            calls[0]++;
            throw new DataIntegrityViolationException("clash", new SQLException("conflicting key value", "23P01"));
        }));
        assertThat(refused).isFalse();
        assertThat(calls[0]).isOne();

        calls[0] = 0;
        assertThatThrownBy(() -> transaction.execute(status -> Savepoints.unlessExcluded(jdbc, () -> {
            calls[0]++;
            throw new CannotAcquireLockException("deadlock", new SQLException("deadlock detected", "40P01"));
        }))).isInstanceOf(CannotAcquireLockException.class);
        assertThat(calls[0]).as("three attempts, then the error").isEqualTo(3);
    }
}
