package org.rhomboid.security;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.rhomboid.shared.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts requests per key in fixed windows, in PostgreSQL ({@code request_count}, unlogged) so that every node of a
 * cluster counts together. The window is cut by the database's clock, the one clock all nodes share. One statement
 * per counted request; keys are hashed, so no address or token is stored.
 */
@Component
class RequestCounter {

    /** Requests counted in the current window, and the seconds left in it. */
    record Count(int requests, long secondsLeft) {}

    private final JdbcClient jdbc;

    RequestCounter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Count take(String key, Duration window) {
        long seconds = Math.max(1, window.toSeconds());
        Count count = jdbc.sql("""
                        with now as (select to_timestamp(floor(extract(epoch from now()) / :seconds) * :seconds) as start)
                        insert into request_count (key_hash, window_start, requests)
                        select :key, start, 1 from now
                        on conflict (key_hash) do update set
                            requests = case when request_count.window_start = excluded.window_start
                                            then request_count.requests + 1 else 1 end,
                            window_start = excluded.window_start
                        returning requests,
                                  ceil(extract(epoch from window_start + make_interval(secs => :seconds) - now()))::bigint
                                      as seconds_left""")
                .param("seconds", seconds).param("key", SecretTokens.hash(key))
                .query((rs, row) -> new Count(rs.getInt("requests"), Math.max(1, rs.getLong("seconds_left"))))
                .single();
        if (ThreadLocalRandom.current().nextInt(1000) == 0) {
            jdbc.sql("delete from request_count where window_start < now() - make_interval(secs => :seconds)")
                    .param("seconds", seconds).update();
        }
        return count;
    }
}
