package org.rhomboid.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Tells a busy pool from an absent database. Hikari gives up on a connection after {@code rhomboid.db.connection-wait}
 * either way. When no connection could be made — the database is away — its timeout carries that failure as its
 * cause, and the request is answered 503 at once ({@code web.DatabaseUnavailable}): no hang during an outage. When
 * the pool is merely busy — every connection at work, the database answering — the timeout has no cause, and the
 * request waits its turn again, up to {@code rhomboid.db.busy-wait} in all: a busy hour is slow, not failed.
 */
final class BusyPoolWait extends DelegatingDataSource implements AutoCloseable {

    private final Duration busyWait;

    BusyPoolWait(HikariDataSource pool, Duration busyWait) {
        super(pool);
        this.busyWait = busyWait;
    }

    @Override
    public Connection getConnection() throws SQLException {
        long deadline = System.nanoTime() + busyWait.toNanos();
        while (true) {
            try {
                return super.getConnection();
            } catch (SQLTransientConnectionException timedOut) {
                boolean databaseAway = timedOut.getCause() != null;
                if (databaseAway || System.nanoTime() >= deadline || Thread.currentThread().isInterrupted()) {
                    throw timedOut;
                }
            }
        }
    }

    @Override
    public void close() {
        ((HikariDataSource) obtainTargetDataSource()).close();
    }
}
