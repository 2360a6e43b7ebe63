package org.rhomboid.patient.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the front desk typed into the one patient search box, understood the way they meant it:
 * a date is a date of birth, a token with digits is a medical record number, the rest are names
 * ("smith", "smith, jo", "jo smith").
 */
public record SearchTerms(Optional<LocalDate> birthDate, Optional<String> mrn, List<String> names) {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    /** Names are letters, accents and the punctuation names carry (O'Brien, Smith-Jones, St. John). */
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{M}'’.-]");
    private static final Pattern MRN = Pattern.compile("(?=.*\\d)[A-Za-z0-9-]{1,20}");

    public SearchTerms {
        names = List.copyOf(names);
    }

    public static SearchTerms parse(String query) {
        Optional<LocalDate> birthDate = Optional.empty();
        Optional<String> mrn = Optional.empty();
        List<String> names = new ArrayList<>();
        String cleaned = query == null ? "" : query.replace(',', ' ').strip();
        for (String token : cleaned.split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            Optional<LocalDate> date = date(token);
            if (date.isPresent()) {
                birthDate = date;
            } else if (MRN.matcher(token).matches()) {
                mrn = Optional.of(token.toUpperCase(Locale.ROOT));
            } else if (names.size() < 2) {
                String name = NOT_NAME.matcher(token).replaceAll("").toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return new SearchTerms(birthDate, mrn, names);
    }

    public boolean isEmpty() {
        return birthDate.isEmpty() && mrn.isEmpty() && names.isEmpty();
    }

    private static Optional<LocalDate> date(String token) {
        try {
            Matcher iso = ISO_DATE.matcher(token);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher us = US_DATE.matcher(token);
            if (us.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)),
                        Integer.parseInt(us.group(2))));
            }
        } catch (DateTimeException impossibleDate) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
