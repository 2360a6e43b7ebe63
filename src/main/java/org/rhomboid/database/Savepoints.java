package org.rhomboid.database;

import java.sql.SQLException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A write an exclusion constraint may refuse (two bookings of one therapist's time, two primary coverages on one
 * day), taken under a savepoint: refused, it is rolled back to the savepoint alone, so the transaction goes on — to
 * name the clash and audit the refusal — instead of being left aborted by PostgreSQL.
 *
 * <p>Two such writes at the same moment can also deadlock: each has put its row in the constraint's index and waits
 * for the other's transaction to see whether they clash. PostgreSQL then aborts one of them (40P01) and the other
 * goes on; the aborted write is rolled back to the savepoint and tried again, and then meets the other's row —
 * refused like any clash — or, if the other gave up, goes in.
 */
public final class Savepoints {

    /** SQLState of an exclusion constraint violation. */
    public static final String EXCLUSION_VIOLATION = "23P01";
    /** SQLState of a deadlock PostgreSQL broke by aborting this statement. */
    static final String DEADLOCK = "40P01";
    private static final int ATTEMPTS = 3;

    private Savepoints() {
    }

    /** @return false when an exclusion constraint refused the write (and nothing of it remains) */
    public static boolean unlessExcluded(JdbcClient jdbc, Runnable write) {
        for (int attempt = 1; ; attempt++) {
            jdbc.sql("savepoint exclusion_guard").update();
            try {
                write.run();
            } catch (DataAccessException refused) {
                String state = sqlState(refused);
                boolean retry = DEADLOCK.equals(state) && attempt < ATTEMPTS;
                if (!EXCLUSION_VIOLATION.equals(state) && !retry) {
                    throw refused;
                }
                jdbc.sql("rollback to savepoint exclusion_guard").update();
                if (retry) {
                    continue;
                }
                return false;
            }
            jdbc.sql("release savepoint exclusion_guard").update();
            return true;
        }
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
