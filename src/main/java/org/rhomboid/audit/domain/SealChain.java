package org.rhomboid.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The audit trail's seal (AUDIT-SEAL): each event of a clinic is sealed, in turn, by the SHA-256 of the previous
 * seal's hash and the event's own content, starting from a hash of zeros. Changing an event's content, removing
 * an event or a seal, or reordering seals breaks the chain at the first place it was touched, which
 * {@link #check} names. Plain Java: the service feeds it what it reads.
 */
public final class SealChain {

    public static final String GENESIS = "0".repeat(64);

    /** An audit event's content, as sealed: every column but the sealing itself. */
    public record Event(long id, UUID clinicId, UUID userId, String username, UUID patientId, String action,
                        String resourceType, String resourceId, String channel, String outcome,
                        OffsetDateTime occurredAt, String sourceAddress, String detail, List<UUID> patientsShown) {

        /** One line of JSON-like text, fields in a fixed order, strings escaped: what the hash covers. */
        public String canonical() {
            StringBuilder out = new StringBuilder("[");
            out.append(id).append(',');
            field(out, clinicId);
            field(out, userId);
            field(out, username);
            field(out, patientId);
            field(out, action);
            field(out, resourceType);
            field(out, resourceId);
            field(out, channel);
            field(out, outcome);
            field(out, occurredAt == null ? null : occurredAt.withOffsetSameInstant(ZoneOffset.UTC).toString());
            field(out, sourceAddress);
            field(out, detail);
            out.append(patientsShown == null ? "null" : patientsShown.toString());
            return out.append(']').toString();
        }

        private static void field(StringBuilder out, Object value) {
            if (value == null) {
                out.append("null,");
                return;
            }
            out.append('"');
            for (char c : value.toString().toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append("\",");
        }
    }

    /** A stored seal: its place in the clinic's chain, the event it seals, the hash before it and its own. */
    public record Seal(long seq, long eventId, String prevHash, String hash) {}

    /** The verdict of a check: intact, or where the chain first breaks and why. */
    public record Verdict(boolean intact, long events, Long brokenAtEvent, String reason) {
        public static Verdict intact(long events) {
            return new Verdict(true, events, null, null);
        }

        static Verdict broken(long checked, long event, String reason) {
            return new Verdict(false, checked, event, reason);
        }
    }

    private SealChain() {
    }

    /** The hash that seals {@code event} after a seal whose hash is {@code previous}. */
    public static String hash(String previous, Event event) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            sha.update(event.canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JVM has SHA-256", impossible);
        }
    }

    /**
     * Checks the next seal of a chain being walked in order. Returns null when it holds.
     *
     * @param expectedSeq  the place the seal must take (1 for the first)
     * @param expectedPrev the hash of the seal before (GENESIS for the first)
     * @param event        the event the seal names, or null when it no longer exists
     */
    public static String problem(Seal seal, long expectedSeq, String expectedPrev, Event event) {
        if (seal.seq() != expectedSeq) {
            return "seal " + expectedSeq + " is missing (the next one is " + seal.seq() + ")";
        }
        if (!Objects.equals(seal.prevHash(), expectedPrev)) {
            return "the seal does not follow the one before it";
        }
        if (event == null) {
            return "the sealed event no longer exists";
        }
        if (event.id() != seal.eventId()) {
            return "the seal names another event";
        }
        if (!hash(expectedPrev, event).equals(seal.hash())) {
            return "the event was changed after it was sealed";
        }
        return null;
    }

    /** Walks a whole chain (seals in order, each with its event or null): the verdict over all of it. */
    public static Verdict check(List<Seal> seals, java.util.function.LongFunction<Event> events) {
        String previous = GENESIS;
        long seq = 1;
        for (Seal seal : seals) {
            String problem = problem(seal, seq, previous, events.apply(seal.eventId()));
            if (problem != null) {
                return Verdict.broken(seq - 1, seal.eventId(), problem);
            }
            previous = seal.hash();
            seq++;
        }
        return Verdict.intact(seq - 1);
    }
}
