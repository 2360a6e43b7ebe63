package org.rhomboid.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Web sessions that time out, with sessions in PostgreSQL (V28). No servlet container sees them end any more, so
 * their time-outs reach the trail two ways: a session nobody came back to is ended by this sweep (once a minute, on
 * one node at a time), and one a request found expired — which Spring Session then deletes — leaves its e-mail in
 * {@code session_timeout} on the way out. The sweep writes one SESSION_EXPIRED event for each (SecurityAudit). Each
 * row is deleted once, so two nodes sweeping at once would still record every time-out once.
 */
@Configuration(proxyBeanMethods = false)
class ExpiredSessions {

    /** Milliseconds since the epoch by the database's clock, as Spring Session's expiry times are kept. */
    private static final String NOW = "(extract(epoch from clock_timestamp()) * 1000)::bigint";

    /**
     * Every deletion of a session (signing out, an account change, an expired one a request found) still deletes it;
     * an expired one's e-mail stays behind for the trail.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> timeoutsKeptForTheTrail() {
        return sessions -> sessions.setDeleteSessionQuery("""
                with gone as (delete from %TABLE_NAME% where session_id = ?
                              returning principal_name, expiry_time)
                insert into session_timeout (principal_name, expired_at)
                select principal_name, expiry_time from gone
                 where principal_name is not null and expiry_time < """ + NOW);
    }

    @Bean
    Sweep expiredSessionSweep(JdbcClient jdbc, SecurityAudit audit) {
        return new Sweep(jdbc, audit);
    }

    static class Sweep {

        private final JdbcClient jdbc;
        private final SecurityAudit audit;

        Sweep(JdbcClient jdbc, SecurityAudit audit) {
            this.jdbc = jdbc;
            this.audit = audit;
        }

        /** A failed audit write rolls the deletions back: the next sweep tries them again. */
        @Scheduled(fixedDelayString = "${rhomboid.session.sweep-every:1m}",
                initialDelayString = "${rhomboid.session.sweep-every:1m}")
        @SchedulerLock(name = "expired-sessions", lockAtMostFor = "5m")
        @Transactional
        public void sweep() {
            List<String> timedOut = new ArrayList<>();
            // Sessions nobody signed in to (the sign-in page's own) go without a trace.
            jdbc.sql("delete from spring_session where expiry_time < " + NOW + " returning principal_name")
                    .query(String.class).list().stream().filter(Objects::nonNull).forEach(timedOut::add);
            timedOut.addAll(jdbc.sql("delete from session_timeout returning principal_name").query(String.class).list());
            timedOut.forEach(audit::sessionTimedOut);
        }
    }
}
