package org.rhomboid.shared.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for writing dates and times for people: pages, PDFs, letters, goal sentences, notices. A clinic sees
 * one format, its locale's ("Dec 7, 2026" in the United States, "7 Dec 2026" in Britain), and every moment in its own
 * time zone. Machines keep ISO 8601 (CSV exports, X12, FHIR, the API, {@code <input type=date>}) and never come here.
 */
public final class DateWords {

    /**
     * The locales a clinic may choose: English, as the pages are written, with each country's way of dating — each
     * writes the month as a word, so no date reads two ways (New Zealand's medium style, 7/12/2026, does not).
     */
    public static final List<Locale> LOCALES = List.of(Locale.forLanguageTag("en-US"), Locale.forLanguageTag("en-CA"),
            Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("en-IE"), Locale.forLanguageTag("en-AU"));

    public static final Locale DEFAULT_LOCALE = LOCALES.get(0);

    /**
     * Dates for machines written as ISO 8601 (2026-12-07): what an API answer carries in its messages, and what rule
     * tests read. Never for a page or a PDF.
     */
    public static final DateWords ISO = new DateWords(Locale.ROOT, java.time.ZoneOffset.UTC, true);

    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter day;
    private final DateTimeFormatter monthDay;
    private final DateTimeFormatter time;
    private final DateTimeFormatter seconds;

    private DateWords(Locale locale, ZoneId zone, boolean iso) {
        this.locale = locale;
        this.zone = zone;
        if (iso) {
            this.day = DateTimeFormatter.ISO_LOCAL_DATE;
            this.monthDay = DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT);
            this.time = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
            this.seconds = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
            return;
        }
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.monthDay = DateTimeFormatter.ofPattern(withoutYear(DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.MEDIUM, null, IsoChronology.INSTANCE, locale)), locale);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.seconds = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(locale);
    }

    public static DateWords of(Locale locale, ZoneId zone) {
        if (!LOCALES.contains(locale)) {
            throw new IllegalArgumentException("Not a locale a clinic may choose: " + locale.toLanguageTag());
        }
        return new DateWords(locale, zone, false);
    }

    /** A locale a clinic may choose, from its tag ("en-GB"); empty when it is not one of {@link #LOCALES}. */
    public static Optional<Locale> locale(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        Locale wanted = Locale.forLanguageTag(tag.strip());
        return LOCALES.stream().filter(wanted::equals).findFirst();
    }

    /** A time zone from its IANA name ("America/Chicago"); empty for fixed offsets, abbreviations and unknown names. */
    public static Optional<ZoneId> zone(String name) {
        if (name == null || !name.strip().matches("[A-Za-z_\\-]+(/[A-Za-z0-9_+\\-]+)+|UTC")) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(name.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The day a date or a moment falls on in the clinic: "Dec 7, 2026" (en-US), "7 Dec 2026" (en-GB). */
    public String day(Object when) {
        LocalDate date = date(when);
        return date == null ? "" : day.format(date);
    }

    /** The day without its year, where the year is plain (chart axes, a week's range): "Dec 7", "7 Dec". */
    public String monthDay(Object when) {
        LocalDate date = date(when);
        return date == null ? "" : monthDay.format(date);
    }

    /** The day with its weekday, for a schedule: "Mon, Dec 7", "Mon, 7 Dec". */
    public String weekday(Object when) {
        LocalDate date = date(when);
        return date == null ? "" : date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, locale) + ", "
                + monthDay.format(date);
    }

    /** A moment in the clinic's time zone: "Dec 7, 2026, 3:04 PM", "7 Dec 2026, 15:04". */
    public String moment(Object when) {
        ZonedDateTime at = zoned(when);
        return at == null ? "" : day.format(at) + ", " + time.format(at);
    }

    /** A moment to the second with the zone's abbreviation, for the audit trail: "Dec 7, 2026, 3:04:05 PM EST". */
    public String exactMoment(Object when) {
        ZonedDateTime at = zoned(when);
        return at == null ? "" : day.format(at) + ", " + seconds.format(at) + " "
                + DateTimeFormatter.ofPattern("zzz", locale).format(at);
    }

    /** The time of day of a moment in the clinic's time zone: "3:04 PM", "15:04". */
    public String time(Object when) {
        ZonedDateTime at = zoned(when);
        return at == null ? "" : time.format(at);
    }

    /** The clinic's calendar day of a date or a moment; null for null. */
    public LocalDate date(Object when) {
        if (when == null) {
            return null;
        }
        if (when instanceof LocalDate d) {
            return d;
        }
        if (when instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        ZonedDateTime at = zoned(when);
        return at.toLocalDate();
    }

    private ZonedDateTime zoned(Object when) {
        if (when == null) {
            return null;
        }
        if (when instanceof OffsetDateTime t) {
            return t.atZoneSameInstant(zone);
        }
        if (when instanceof ZonedDateTime t) {
            return t.withZoneSameInstant(zone);
        }
        if (when instanceof Instant t) {
            return t.atZone(zone);
        }
        if (when instanceof LocalDateTime t) {
            // Stored without a zone, so already the clinic's wall-clock time.
            return t.atZone(zone);
        }
        if (when instanceof LocalDate d) {
            return d.atStartOfDay(zone);
        }
        throw new IllegalArgumentException("Not a date or a moment: " + when.getClass().getSimpleName());
    }

    /** The locale's medium pattern less its year and the separators around it: "MMM d, y" → "MMM d". */
    static String withoutYear(String pattern) {
        return pattern.replaceAll("[\\s,./\\-]*y+[\\s,./\\-]*", " ").strip().replaceAll("\\s+", " ");
    }

    @Override
    public String toString() {
        return locale.toLanguageTag() + " " + zone;
    }
}
