package org.rhomboid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures mean "the database is away, try again" (503) and which remain faults (500) or input (409). */
class DatabaseUnavailableTest {

    @Test
    void aConnectionThatCannotBeHadOrWasDroppedIsUnavailability() {
        assertThat(DatabaseUnavailable.causedBy(new CannotGetJdbcConnectionException("pool",
                new SQLTransientConnectionException("rhomboid - Connection is not available")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("begin",
                new SQLTransientConnectionException("timeout")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("wrapped",
                new SQLException("An I/O error occurred while sending to the backend", "08006")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(
                new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void theAnswerIs503ProblemJsonWithRetryAfter() {
        var answer = DatabaseUnavailable.problem();
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo(DatabaseUnavailable.RETRY_AFTER);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
    }
}
