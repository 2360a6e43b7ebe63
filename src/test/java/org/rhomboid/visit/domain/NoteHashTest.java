package org.rhomboid.visit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NoteHashTest {

    private static Map<String, Object> content(String... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> vector() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("e", new BigDecimal("1.50"));
        inner.put("d", true);
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("c", inner);
        map.put("b", List.of(1, "x\"y"));
        map.put("a", null);
        return map;
    }

    @Test
    void canonicalJsonSortsKeysKeepsListOrderAndWritesNulls() {
        assertThat(CanonicalJson.write(vector())).isEqualTo("{\"a\":null,\"b\":[1,\"x\\\"y\"],\"c\":{\"d\":true,\"e\":1.5}}");
    }

    @Test
    void aKnownVector() {
        // printf '%s' '{"a":null,"b":[1,"x\"y"],"c":{"d":true,"e":1.5}}' | sha256sum
        assertThat(NoteHash.of(vector())).isEqualTo("ea9ef70b8c62225ba2cbd7f38e91840a98c6813da9630cbd0d4fe1b8e3c043d2");
    }

    @Test
    void theSameContentInAnotherKeyOrderHashesTheSame() {
        Map<String, Object> reordered = new HashMap<>();
        reordered.put("a", null);
        reordered.put("b", List.of(1, "x\"y"));
        reordered.put("c", Map.of("e", new BigDecimal("1.5"), "d", true));
        assertThat(NoteHash.of(reordered)).isEqualTo(NoteHash.of(vector()));
    }

    @Test
    void oneChangedCharacterChangesTheHash() {
        String hash = NoteHash.of(content("assessment", "Tolerated well."));
        assertThat(NoteHash.of(content("assessment", "Tolerated well!"))).isNotEqualTo(hash);
        assertThat(NoteHash.of(content("assessment", "tolerated well."))).isNotEqualTo(hash);
        assertThat(hash).matches("[0-9a-f]{64}");
    }

    @Test
    void listOrderMattersAndNullIsNotAbsent() {
        assertThat(NoteHash.of(Map.of("l", List.of("a", "b")))).isNotEqualTo(NoteHash.of(Map.of("l", List.of("b", "a"))));
        assertThat(NoteHash.of(content("x", null))).isNotEqualTo(NoteHash.of(Map.of()));
        assertThat(NoteHash.of(content("x", null))).isNotEqualTo(NoteHash.of(content("x", "null")));
        assertThat(NoteHash.of(Map.of("n", 1))).isNotEqualTo(NoteHash.of(Map.of("n", "1")));
    }

    @Test
    void verifyAcceptsTheStoredHashAndRefusesAnyChange() {
        Map<String, Object> note = content("plan", "Continue per plan", "subjective", "Better");
        String stored = NoteHash.of(note);
        assertThat(NoteHash.verify(note, stored)).isTrue();
        assertThat(NoteHash.verify(note, stored.toUpperCase())).isTrue();
        assertThat(NoteHash.verify(content("plan", "Continue per plan", "subjective", "Worse"), stored)).isFalse();
        assertThat(NoteHash.verify(note, stored.substring(1) + "0")).isFalse();
        assertThat(NoteHash.verify(note, null)).isFalse();
        assertThat(NoteHash.verify(note, "not a hash")).isFalse();
    }

    @Test
    void stringsAreEscapedAsJsonRequires() {
        assertThat(CanonicalJson.write("a\\b\n\t\u0001é")).isEqualTo("\"a\\\\b\\n\\t\\u0001é\"");
    }

    @Test
    void numbersArePlainDecimals() {
        assertThat(CanonicalJson.write(Arrays.asList(new BigDecimal("1E+3"), new BigDecimal("0.00"), 2.50, -7L,
                new BigDecimal("120.10")))).isEqualTo("[1000,0,2.5,-7,120.1]");
        assertThatThrownBy(() -> CanonicalJson.write(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datesIdsAndEnumsAreStringsAndUnorderedThingsAreRefused() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        assertThat(CanonicalJson.write(List.of(LocalDate.of(2026, 3, 1), id, NoteKind.DAILY_NOTE)))
                .isEqualTo("[\"2026-03-01\",\"00000000-0000-0000-0000-000000000001\",\"DAILY_NOTE\"]");
        assertThatThrownBy(() -> CanonicalJson.write(Set.of("a", "b"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write(Map.of(1, "a"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDailyNotesContentHashesTheSameWhenReadAgain() {
        var note = new DailyNote(LocalDate.of(2026, 3, 2), 4, "Better", HepAdherence.MOST, null,
                List.of(new DailyNote.Treatment("97110", 20, 5, false, null,
                        List.of(new DailyNote.Exercise("Open book", 3, 10, null, null)))), 30, "Good response", null);
        var same = new DailyNote(LocalDate.of(2026, 3, 2), 4, "Better", HepAdherence.MOST, null,
                List.of(new DailyNote.Treatment("97110", 20, 5, false, null,
                        List.of(new DailyNote.Exercise("Open book", 3, 10, null, null)))), 30, "Good response", null);
        assertThat(NoteHash.of(note.content())).isEqualTo(NoteHash.of(same.content()));
        var oneMoreRep = new DailyNote(LocalDate.of(2026, 3, 2), 4, "Better", HepAdherence.MOST, null,
                List.of(new DailyNote.Treatment("97110", 20, 5, false, null,
                        List.of(new DailyNote.Exercise("Open book", 3, 11, null, null)))), 30, "Good response", null);
        assertThat(NoteHash.verify(oneMoreRep.content(), NoteHash.of(note.content()))).isFalse();
    }
}
