package org.rhomboid.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The clinic's work as Prometheus counters: notes signed, claims batched, screenings by disposition. A count is
 * taken when its transaction commits, so a signature that rolled back is not counted. Tags are kinds and levels
 * (enum names) only: never an id, a name or anything else that points at a patient.
 */
@Component
public class BusinessCounters {

    public static final String NOTES_SIGNED = "rhomboid.notes.signed";
    public static final String CLAIMS_BATCHED = "rhomboid.claims.batched";
    public static final String SCREENINGS = "rhomboid.screenings";

    private final MeterRegistry registry;

    BusinessCounters(MeterRegistry registry) {
        this.registry = registry;
        registry.counter(CLAIMS_BATCHED);
    }

    /** A note of this kind was signed (a co-signature is not a second note). */
    public void noteSigned(Enum<?> kind) {
        afterCommit(() -> registry.counter(NOTES_SIGNED, "kind", kind.name()).increment());
    }

    /** A batch of this many claims was made. */
    public void claimsBatched(int claims) {
        afterCommit(() -> registry.counter(CLAIMS_BATCHED).increment(claims));
    }

    /** An episode was screened, with this disposition. */
    public void screened(Enum<?> disposition) {
        afterCommit(() -> registry.counter(SCREENINGS, "disposition", disposition.name()).increment());
    }

    /**
     * Makes every series of a tag exist from start-up at zero, so an alert on, say, emergency dispositions sees an
     * increase from the first one rather than a series that appears out of nowhere.
     */
    public void expect(String counter, String tag, Enum<?>[] values) {
        for (Enum<?> value : values) {
            registry.counter(counter, tag, value.name());
        }
    }

    private static void afterCommit(Runnable count) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                count.run();
            }
        });
    }
}
