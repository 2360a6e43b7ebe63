package org.rhomboid.ledger.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How old an amount is, counted in days from the claim's date of service to the day of the report. */
public enum AgingBucket {
    CURRENT("0–30 days", 30),
    DAYS_31_60("31–60 days", 60),
    DAYS_61_90("61–90 days", 90),
    DAYS_91_120("91–120 days", 120),
    OVER_120("Over 120 days", Long.MAX_VALUE);

    private final String label;
    private final long upTo;

    AgingBucket(String label, long upTo) {
        this.label = label;
        this.upTo = upTo;
    }

    public String label() {
        return label;
    }

    public static AgingBucket of(LocalDate serviceDate, LocalDate asOf) {
        long days = Math.max(0, ChronoUnit.DAYS.between(serviceDate, asOf));
        for (AgingBucket bucket : values()) {
            if (days <= bucket.upTo) {
                return bucket;
            }
        }
        return OVER_120;
    }
}
