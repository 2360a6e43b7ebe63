package org.rhomboid.node;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * A session's last access is written to PostgreSQL at most once a minute (by default), not on every request.
 * Spring Session marks the session changed on each request only to move its last-access time, so every page cost a
 * durable commit — an fsync, a few milliseconds and the tail of every page's time — for a time-out kept to the
 * second. The update below still writes at once whatever else changed (a new session id at sign-in, the signed-in
 * person, the time-out); only a last access less than {@code rhomboid.session.touch-every} newer than the stored one
 * is skipped, so an idle session may end up to that much before its full time-out (docs/scaling.md).
 * The parameters keep Spring Session's order: session id, last access, time-out, expiry, principal, primary id.
 */
@Configuration(proxyBeanMethods = false)
class SessionTouches {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessWrittenOncePerInterval(
            @Value("${rhomboid.session.touch-every:60s}") Duration every) {
        long millis = Math.max(0, every.toMillis());
        return sessions -> sessions.setUpdateSessionQuery("""
                UPDATE %TABLE_NAME% AS s
                   SET session_id = v.session_id, last_access_time = v.last_access_time,
                       max_inactive_interval = v.max_inactive_interval, expiry_time = v.expiry_time,
                       principal_name = v.principal_name
                  FROM (SELECT CAST(? AS char(36)) AS session_id, CAST(? AS bigint) AS last_access_time,
                               CAST(? AS integer) AS max_inactive_interval, CAST(? AS bigint) AS expiry_time,
                               CAST(? AS text) AS principal_name, CAST(? AS char(36)) AS primary_id) AS v
                 WHERE s.primary_id = v.primary_id
                   AND (s.session_id <> v.session_id
                        OR s.principal_name IS DISTINCT FROM v.principal_name
                        OR s.max_inactive_interval <> v.max_inactive_interval
                        OR v.last_access_time - s.last_access_time >= """ + millis + ")");
    }
}
