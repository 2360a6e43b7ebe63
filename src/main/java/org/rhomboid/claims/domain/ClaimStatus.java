package org.rhomboid.claims.domain;

import java.util.List;
import java.util.Locale;

/**
 * Where a claim (one CLM01) stands, derived from its recorded events in the order they happened. Each event names
 * the status it leads to; the rules of precedence:
 * <ul>
 *   <li>a claim with no event yet is CREATED (a batch made before events were kept counts as SENT: its caller says);
 *   <li>an acknowledgment (999 ACCEPTED/REJECTED) only moves a claim still waiting for one (created, sent, accepted,
 *       rejected): a late 999 does not undo a payment, a correction or a void;
 *   <li>an adjudication (PAID, PARTIALLY_PAID, DENIED, ADJUSTED) and a CORRECTED replacement move any claim that is
 *       not voided or closed;
 *   <li>VOIDED and CLOSED are final: nothing recorded after them changes the status.
 * </ul>
 */
public enum ClaimStatus {
    CREATED, SENT, ACCEPTED, REJECTED, PAID, PARTIALLY_PAID, DENIED, ADJUSTED, CORRECTED, VOIDED, CLOSED;

    /** "partially paid", as the biller reads it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public boolean isFinal() {
        return this == VOIDED || this == CLOSED;
    }

    private boolean awaitsAcknowledgment() {
        return this == CREATED || this == SENT || this == ACCEPTED || this == REJECTED;
    }

    private boolean isAcknowledgment() {
        return this == ACCEPTED || this == REJECTED;
    }

    /** @param events the kinds of the claim's events, oldest first */
    public static ClaimStatus of(List<ClaimStatus> events) {
        ClaimStatus status = CREATED;
        for (ClaimStatus event : events) {
            if (event == CREATED || status.isFinal()) {
                continue;
            }
            if (event.isAcknowledgment() && !status.awaitsAcknowledgment()) {
                continue;
            }
            if (event == SENT && !status.awaitsAcknowledgment()) {
                continue; // a correction's or void's own sending does not undo what it says
            }
            status = event;
        }
        return status;
    }

    /** A status from its name as stored or typed (any case), or null when it names none. */
    public static ClaimStatus parse(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        for (ClaimStatus status : values()) {
            if (status.name().equals(wanted)) {
                return status;
            }
        }
        return null;
    }
}
