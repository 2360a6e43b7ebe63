package org.rhomboid.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateWordsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final DateWords US = DateWords.of(Locale.forLanguageTag("en-US"), NEW_YORK);
    private static final DateWords GB = DateWords.of(Locale.forLanguageTag("en-GB"), ZoneId.of("Europe/London"));

    @Test
    void aUsClinicWritesTheMonthFirst() {
        assertThat(US.day(DAY)).isEqualTo("Dec 7, 2026");
        assertThat(US.monthDay(DAY)).isEqualTo("Dec 7");
        assertThat(US.weekday(DAY)).isEqualTo("Mon, Dec 7");
    }

    @Test
    void aBritishClinicWritesTheDayFirst() {
        assertThat(GB.day(DAY)).isEqualTo("7 Dec 2026");
        assertThat(GB.monthDay(DAY)).isEqualTo("7 Dec");
        assertThat(GB.weekday(DAY)).isEqualTo("Mon, 7 Dec");
    }

    @Test
    void noLocaleWritesAnIsoDate() {
        for (Locale locale : DateWords.LOCALES) {
            DateWords words = DateWords.of(locale, NEW_YORK);
            assertThat(words.day(DAY)).as(locale.toLanguageTag()).doesNotMatch(".*\\d{4}-\\d{2}-\\d{2}.*")
                    .contains("2026").containsIgnoringCase("dec");
            assertThat(words.moment(Instant.parse("2026-12-07T15:04:00Z"))).as(locale.toLanguageTag())
                    .doesNotMatch(".*\\d{4}-\\d{2}-\\d{2}.*");
        }
    }

    @Test
    void aMomentIsShownInTheClinicsZone() {
        OffsetDateTime signed = OffsetDateTime.of(2026, 12, 7, 15, 4, 0, 0, ZoneOffset.UTC);
        assertThat(US.moment(signed)).isEqualTo("Dec 7, 2026, 10:04 AM");
        assertThat(US.time(signed)).isEqualTo("10:04 AM");
        assertThat(GB.moment(signed)).isEqualTo("7 Dec 2026, 15:04");
    }

    @Test
    void theDayOfAMomentShiftsAcrossMidnightWithTheZone() {
        // 03:30 UTC on Dec 8 is still the evening of Dec 7 in New York, and already Dec 8 in London.
        Instant lateEvening = Instant.parse("2026-12-08T03:30:00Z");
        assertThat(US.day(lateEvening)).isEqualTo("Dec 7, 2026");
        assertThat(US.date(lateEvening)).isEqualTo(DAY);
        assertThat(GB.day(lateEvening)).isEqualTo("8 Dec 2026");
        DateWords kiritimati = DateWords.of(Locale.forLanguageTag("en-US"), ZoneId.of("Pacific/Kiritimati"));
        DateWords pagoPago = DateWords.of(Locale.forLanguageTag("en-US"), ZoneId.of("Pacific/Pago_Pago"));
        Instant noonUtc = Instant.parse("2026-12-07T12:00:00Z");
        assertThat(kiritimati.day(noonUtc)).isEqualTo("Dec 8, 2026");
        assertThat(pagoPago.day(noonUtc)).isEqualTo("Dec 7, 2026");
    }

    @Test
    void anAuditMomentHasItsSecondsAndZone() {
        assertThat(US.exactMoment(Instant.parse("2026-12-07T15:04:05Z"))).isEqualTo("Dec 7, 2026, 10:04:05 AM EST");
    }

    @Test
    void nothingIsWrittenForNothing() {
        assertThat(US.day(null)).isEmpty();
        assertThat(US.moment(null)).isEmpty();
        assertThat(US.date(null)).isNull();
    }

    @Test
    void onlyTheLocalesAndZonesAClinicMayChooseAreRead() {
        assertThat(DateWords.locale("en-GB")).contains(Locale.forLanguageTag("en-GB"));
        assertThat(DateWords.locale("fr-FR")).isEmpty();
        assertThat(DateWords.locale("")).isEmpty();
        assertThat(DateWords.zone("America/Chicago")).contains(ZoneId.of("America/Chicago"));
        assertThat(DateWords.zone("UTC")).contains(ZoneId.of("UTC"));
        assertThat(DateWords.zone("Mars/Olympus_Mons")).isEmpty();
        assertThat(DateWords.zone("+05:00")).as("a fixed offset knows no daylight saving").isEmpty();
        assertThat(DateWords.zone("EST")).isEmpty();
        assertThat(DateWords.zone(null)).isEmpty();
        assertThatThrownBy(() -> DateWords.of(Locale.FRANCE, NEW_YORK)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void machinesKeepIso() {
        assertThat(DateWords.ISO.day(DAY)).isEqualTo("2026-12-07");
    }

    @Test
    void theYearIsTakenOutOfEachLocalesPattern() {
        assertThat(DateWords.withoutYear("MMM d, y")).isEqualTo("MMM d");
        assertThat(DateWords.withoutYear("d MMM y")).isEqualTo("d MMM");
    }
}
