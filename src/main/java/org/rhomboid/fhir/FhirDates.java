package org.rhomboid.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.DateTimeType;

/**
 * A FHIR date search ({@code date=ge2026-11-01&date=lt2026-12}) as SQL over one column. A value stands for the whole
 * period its precision names (a day, a month, a year, a second): {@code eq} is within it, {@code gt} after it,
 * {@code le} up to its end. Times without a zone, and dates compared with moments, are read in the clinic's zone.
 */
public final class FhirDates {

    private FhirDates() {
    }

    /**
     * The condition for {@code column} (a {@code date} when {@code dateColumn}, else a {@code timestamptz}), its
     * values put in {@code params} under {@code name…}; "true" without a range.
     */
    public static String condition(String column, boolean dateColumn, DateRangeParam range, ZoneId zone,
                                   Map<String, Object> params, String name) {
        if (range == null || range.isEmpty()) {
            return "true";
        }
        List<String> parts = new ArrayList<>();
        List<DateParam> values = new ArrayList<>();
        if (range.getLowerBound() != null) {
            values.add(range.getLowerBound());
        }
        if (range.getUpperBound() != null && range.getUpperBound() != range.getLowerBound()) {
            values.add(range.getUpperBound());
        }
        for (int i = 0; i < values.size(); i++) {
            DateParam value = values.get(i);
            Object[] period = period(value.getValueAsString(), dateColumn, zone);
            String from = name + i + "_from";
            String to = name + i + "_to";
            params.put(from, period[0]);
            params.put(to, period[1]);
            ParamPrefixEnum prefix = value.getPrefix() == null ? ParamPrefixEnum.EQUAL : value.getPrefix();
            parts.add(switch (prefix) {
                case EQUAL -> "(" + column + " >= :" + from + " and " + column + " < :" + to + ")";
                case NOT_EQUAL -> "not (" + column + " >= :" + from + " and " + column + " < :" + to + ")";
                case GREATERTHAN, STARTS_AFTER -> column + " >= :" + to;
                case GREATERTHAN_OR_EQUALS -> column + " >= :" + from;
                case LESSTHAN, ENDS_BEFORE -> column + " < :" + from;
                case LESSTHAN_OR_EQUALS -> column + " < :" + to;
                case APPROXIMATE -> throw new InvalidRequestException("The ap prefix is not supported on dates");
            });
        }
        return "(" + String.join(" and ", parts) + ")";
    }

    /** [start, end) of the period a value names, as dates or moments. */
    private static Object[] period(String value, boolean dateColumn, ZoneId zone) {
        DateTimeType parsed;
        try {
            parsed = new DateTimeType(value);
        } catch (IllegalArgumentException | ca.uhn.fhir.parser.DataFormatException unreadable) {
            throw new InvalidRequestException("Not a FHIR date: use YYYY, YYYY-MM, YYYY-MM-DD or a dateTime");
        }
        TemporalPrecisionEnum precision = parsed.getPrecision();
        int year = parsed.getYear();
        int month = precision == TemporalPrecisionEnum.YEAR ? 1 : parsed.getMonth() + 1;
        int day = precision == TemporalPrecisionEnum.YEAR || precision == TemporalPrecisionEnum.MONTH ? 1
                  : parsed.getDay();
        if (year < 1 || year > 9998) {
            throw new InvalidRequestException("Dates must fall between the years 1 and 9998");
        }
        LocalDate first = LocalDate.of(year, month, day);
        if (precision == TemporalPrecisionEnum.YEAR || precision == TemporalPrecisionEnum.MONTH
                || precision == TemporalPrecisionEnum.DAY) {
            LocalDate end = switch (precision) {
                case YEAR -> first.plusYears(1);
                case MONTH -> first.plusMonths(1);
                default -> first.plusDays(1);
            };
            return dateColumn ? new Object[]{first, end}
                              : new Object[]{first.atStartOfDay(zone).toOffsetDateTime(),
                                             end.atStartOfDay(zone).toOffsetDateTime()};
        }
        ZoneId valueZone = parsed.getTimeZone() == null ? zone : parsed.getTimeZone().toZoneId();
        OffsetDateTime start = java.time.LocalDateTime.of(first, java.time.LocalTime.of(parsed.getHour(),
                parsed.getMinute(), parsed.getSecond(), parsed.getMillis() * 1_000_000)).atZone(valueZone)
                .toOffsetDateTime();
        OffsetDateTime end = start.plus(1, precision == TemporalPrecisionEnum.MINUTE ? ChronoUnit.MINUTES
                                          : precision == TemporalPrecisionEnum.SECOND ? ChronoUnit.SECONDS
                                          : ChronoUnit.MILLIS);
        return dateColumn ? new Object[]{start.toLocalDate(), end.toLocalDate().plusDays(
                                end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? 0 : 1)}
                          : new Object[]{start, end};
    }
}
