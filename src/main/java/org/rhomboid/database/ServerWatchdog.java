package org.rhomboid.database;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks every few seconds whether this node's embedded server still runs, and starts it again if not. Its own
 * thread, not a Spring {@code @Scheduled} job: the server belongs to this process alone, so no cluster-wide lock
 * may ever skip the check, and a busy scheduler must not delay it.
 */
final class ServerWatchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServerWatchdog.class);

    private final ScheduledExecutorService thread;

    private ServerWatchdog(ScheduledExecutorService thread) {
        this.thread = thread;
    }

    static ServerWatchdog start(EmbeddedDatabase database, Duration every) {
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread watching = new Thread(task, "embedded-database-watchdog");
            watching.setDaemon(true);
            return watching;
        });
        thread.scheduleWithFixedDelay(() -> check(database), every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return new ServerWatchdog(thread);
    }

    private static void check(EmbeddedDatabase database) {
        try {
            database.restartIfStopped();
        } catch (Exception notYet) {
            // Tried again at the next check; the old server's processes may still be letting go of its memory.
            log.warn("Could not start the embedded database server again yet: {}", notYet.toString());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
