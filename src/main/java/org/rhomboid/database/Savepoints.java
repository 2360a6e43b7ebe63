package org.rhomboid.database;

import java.sql.SQLException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A write an exclusion constraint may refuse (two bookings of one therapist's time, two primary coverages on one
 * day), taken under a savepoint: refused, it is rolled back to the savepoint alone, so the transaction goes on — to
 * name the clash and audit the refusal — instead of being left aborted by PostgreSQL.
 */
public final class Savepoints {

    /** SQLState of an exclusion constraint violation. */
    public static final String EXCLUSION_VIOLATION = "23P01";

    private Savepoints() {
    }

    /** @return false when an exclusion constraint refused the write (and nothing of it remains) */
    public static boolean unlessExcluded(JdbcClient jdbc, Runnable write) {
        jdbc.sql("savepoint exclusion_guard").update();
        try {
            write.run();
        } catch (DataAccessException refused) {
            if (!EXCLUSION_VIOLATION.equals(sqlState(refused))) {
                throw refused;
            }
            jdbc.sql("rollback to savepoint exclusion_guard").update();
            return false;
        }
        jdbc.sql("release savepoint exclusion_guard").update();
        return true;
    }

    static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
