package org.rhomboid.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A real Hikari pool over a stand-in database: one that answers (but has one connection), one that is away. */
class BusyPoolWaitTest {

    @Test
    void aRequestWaitsItsTurnWhileEveryConnectionIsAtWork() throws Exception {
        try (BusyPoolWait pool = pool(new Answering(), Duration.ofSeconds(5))) {
            Connection held = pool.getConnection();
            CompletableFuture<Connection> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return pool.getConnection();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            // Several of Hikari's own waits (200 ms each) pass before the connection comes back.
            Thread.sleep(900);
            assertThat(waiting).isNotDone();
            held.close();
            assertThat(waiting.get(3, TimeUnit.SECONDS)).isNotNull();
        }
    }

    @Test
    void aBusyPoolGivesUpAfterTheBusyWait() throws Exception {
        try (BusyPoolWait pool = pool(new Answering(), Duration.ofMillis(700))) {
            try (Connection held = pool.getConnection()) {
                long start = System.nanoTime();
                assertThatThrownBy(pool::getConnection).isInstanceOf(SQLTransientConnectionException.class);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
            }
        }
    }

    @Test
    void anAbsentDatabaseIsReportedAfterOneWaitNotTheBusyWait() throws Exception {
        try (BusyPoolWait pool = pool(new Away(), Duration.ofSeconds(30))) {
            long start = System.nanoTime();
            assertThatThrownBy(pool::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                    .hasCauseInstanceOf(SQLException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    private static BusyPoolWait pool(DataSource database, Duration busyWait) {
        HikariDataSource hikari = new HikariDataSource();
        hikari.setDataSource(database);
        hikari.setMaximumPoolSize(1);
        hikari.setMinimumIdle(0);
        hikari.setConnectionTimeout(250);
        hikari.setValidationTimeout(250);
        hikari.setInitializationFailTimeout(-1);
        return new BusyPoolWait(hikari, busyWait);
    }

    /** A database that answers: connections that are valid and do nothing. */
    private static final class Answering extends StandIn {
        @Override
        public Connection getConnection() {
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "isValid", "getAutoCommit" -> true;
                        case "isClosed", "isReadOnly" -> false;
                        case "getNetworkTimeout", "getTransactionIsolation", "hashCode" -> 0;
                        case "equals" -> proxy == args[0];
                        case "toString" -> "stand-in connection";
                        default -> null;
                    });
        }
    }

    /** A database that is away: every connection is refused, as PostgreSQL's driver reports it. */
    private static final class Away extends StandIn {
        @Override
        public Connection getConnection() throws SQLException {
            throw new SQLException("Connection to localhost:5432 refused", "08001");
        }
    }

    private abstract static class StandIn implements DataSource {
        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            return null;
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
