package org.rhomboid.database;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.rhomboid.clinic.ClinicScope;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * Tells PostgreSQL which clinic each transaction belongs to. The setting is transaction-local
 * ({@code set_config(..., true)}), so a pooled connection never carries one clinic into the next transaction.
 * Without a clinic the setting stays empty and row-level security shows no clinical rows at all.
 *
 * <p>It also times every transaction from begin to commit or rollback ({@value #TIMER}, tagged by outcome): every
 * statement of a request runs inside one, so this is the database time a request spends, measured without a proxy
 * around each statement. Slow single statements are PostgreSQL's to report (docs/operations.md).
 */
public class TenantTransactionManager extends JdbcTransactionManager {

    public static final String CLINIC_SETTING = "rhomboid.clinic_id";
    public static final String TIMER = "rhomboid.db.transactions";

    private final MeterRegistry registry;
    /** Begun transactions by their transaction object, until they end. */
    private final Map<Object, Timer.Sample> running = new ConcurrentHashMap<>();

    public TenantTransactionManager(DataSource dataSource, MeterRegistry registry) {
        super(dataSource);
        this.registry = registry;
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        running.put(transaction, Timer.start(registry));
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        super.doCommit(status);
        stop(status.getTransaction(), "commit");
    }

    @Override
    protected void doRollback(DefaultTransactionStatus status) {
        try {
            super.doRollback(status);
        } finally {
            stop(status.getTransaction(), "rollback");
        }
    }

    @Override
    protected void doCleanupAfterCompletion(Object transaction) {
        // A commit that failed without a rollback still ends here; it is not timed, only forgotten.
        running.remove(transaction);
        super.doCleanupAfterCompletion(transaction);
    }

    private void stop(Object transaction, String outcome) {
        Timer.Sample sample = running.remove(transaction);
        if (sample != null) {
            sample.stop(registry.timer(TIMER, "outcome", outcome));
        }
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        String clinic = ClinicScope.current().map(Object::toString).orElse("");
        try (var statement = connection.prepareStatement("select set_config('" + CLINIC_SETTING + "', ?, true)")) {
            statement.setString(1, clinic);
            statement.execute();
        }
    }
}
