package org.rhomboid.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.rhomboid.clinic.ClinicScope;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Tells PostgreSQL which clinic each transaction belongs to. The setting is transaction-local
 * ({@code set_config(..., true)}), so a pooled connection never carries one clinic into the next transaction.
 * Without a clinic the setting stays empty and row-level security shows no clinical rows at all.
 */
public class TenantTransactionManager extends JdbcTransactionManager {

    public static final String CLINIC_SETTING = "rhomboid.clinic_id";

    public TenantTransactionManager(DataSource dataSource) {
        super(dataSource);
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
