package org.rhomboid.clinic;

/**
 * How a clinic dates things, as stored and as the administrator sets it.
 *
 * @param locale   a locale tag ("en-US", "en-GB") — the format of every date people read
 * @param timeZone an IANA zone name ("America/Chicago") — which day "today" is, and the time of day shown
 */
public record ClinicCalendar(String locale, String timeZone) {
}
