package org.rhomboid.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rhomboid.audit.domain.SealChain;
import org.rhomboid.audit.domain.SealChain.Event;
import org.rhomboid.audit.domain.SealChain.Seal;

class SealChainTest {

    static final UUID CLINIC = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

    static Event event(long id, String username) {
        return new Event(id, CLINIC, null, username, UUID.nameUUIDFromBytes(("p" + id).getBytes()), "READ", "Patient",
                null, "UI", "SUCCESS", OffsetDateTime.of(2026, 12, 7, 9, 0, (int) id, 123_456_000, ZoneOffset.UTC),
                "203.0.113.9", "a \"quoted\"\ndetail", id % 2 == 0 ? List.of(CLINIC) : null);
    }

    /** A chain of {@code n} events sealed in order, and the events by id. */
    static List<Seal> sealed(Map<Long, Event> events, int n) {
        List<Seal> seals = new ArrayList<>();
        String previous = SealChain.GENESIS;
        for (long id = 1; id <= n; id++) {
            Event e = event(id * 10, "pt@clinic.example");
            events.put(e.id(), e);
            String hash = SealChain.hash(previous, e);
            seals.add(new Seal(id, e.id(), previous, hash));
            previous = hash;
        }
        return seals;
    }

    @Test
    void anUntouchedChainIsIntact() {
        Map<Long, Event> events = new HashMap<>();
        var verdict = SealChain.check(sealed(events, 5), events::get);
        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.events()).isEqualTo(5);
        assertThat(SealChain.check(List.of(), events::get)).isEqualTo(SealChain.Verdict.intact(0));
    }

    @Test
    void aChangedEventBreaksTheChainWhereItIs() {
        Map<Long, Event> events = new HashMap<>();
        List<Seal> seals = sealed(events, 5);
        events.put(30L, event(30, "someone-else@clinic.example"));
        var verdict = SealChain.check(seals, events::get);
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.brokenAtEvent()).isEqualTo(30);
        assertThat(verdict.events()).isEqualTo(2);
        assertThat(verdict.reason()).contains("changed");
    }

    @Test
    void aRemovedEventOrSealOrAReorderingIsFound() {
        Map<Long, Event> events = new HashMap<>();
        List<Seal> seals = sealed(events, 5);
        events.remove(40L);
        assertThat(SealChain.check(seals, events::get).reason()).contains("no longer exists");

        Map<Long, Event> all = new HashMap<>();
        List<Seal> gap = new ArrayList<>(sealed(all, 5));
        gap.remove(2);
        assertThat(SealChain.check(gap, all::get).reason()).contains("seal 3 is missing");

        List<Seal> swapped = new ArrayList<>(sealed(all, 5));
        Seal third = swapped.get(2);
        swapped.set(2, new Seal(3, swapped.get(3).eventId(), third.prevHash(), third.hash()));
        // A seal moved to another event: that event's content does not give the seal's hash.
        var verdict = SealChain.check(swapped, all::get);
        assertThat(verdict.reason()).contains("changed after it was sealed");
        assertThat(verdict.brokenAtEvent()).isEqualTo(40);
    }

    @Test
    void theCanonicalFormEscapesAndKeepsEveryField() {
        String canonical = event(2, "pt@clinic.example").canonical();
        assertThat(canonical).startsWith("[2,\"00000000-0000-0000-0000-0000000000c1\",null,\"pt@clinic.example\"")
                .contains("\"2026-12-07T09:00:02.123456Z\"").contains("\\\"quoted\\\"").contains("\\u000a")
                .endsWith("[00000000-0000-0000-0000-0000000000c1]]");
        assertThat(SealChain.hash(SealChain.GENESIS, event(2, "pt@clinic.example")))
                .isNotEqualTo(SealChain.hash(SealChain.GENESIS, event(2, "Pt@clinic.example"))).hasSize(64);
    }
}
