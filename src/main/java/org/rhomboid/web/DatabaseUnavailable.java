package org.rhomboid.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database cannot be reached just now (restarting, the network to it down, every connection busy beyond the
 * pool's short wait): not a fault in the request, so it is answered 503 with Retry-After, quickly, instead of a 500
 * after a long hang. Nothing the request wrote was acknowledged, so trying again is safe.
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait before trying again: about what a restart of the embedded server takes. */
    public static final String RETRY_AFTER = "5";
    static final String TITLE = "Database unavailable";
    static final String DETAIL = "Rhomboid cannot reach its database just now. Nothing from this request was saved; "
            + "please try again in a few seconds.";

    /** PostgreSQL's own codes for a server that is shutting down, starting up or gone (class 57P, 08). */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {
    }

    /** Anywhere in the cause chain: a connection that could not be had, or that the server dropped. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SERVER_GOING_AWAY.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    static ResponseEntity<Object> problem() {
        ResponseEntity<Object> problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, TITLE, DETAIL);
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER).body(problem.getBody());
    }
}
