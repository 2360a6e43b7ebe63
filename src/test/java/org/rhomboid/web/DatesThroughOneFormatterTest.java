package org.rhomboid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A clinic sees one date format, its own, and one "today", its own (issue 16): every template writes dates through
 * {@code @dates} (ClinicDates, DateWords) and every Java class takes today from the clinic's clock. A new template
 * with {@code #temporals.format(x, 'MMM d')} or a new {@code LocalDate.now()} fails here.
 */
class DatesThroughOneFormatterTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path CODE = Path.of("src/main/java");

    /** Thymeleaf's own date utilities: a pattern of their own, the server's zone and locale. */
    private static final Pattern TEMPLATE_DATES = Pattern.compile("#temporals\\.|#dates\\.|#calendars\\.");

    /** Patterns and "now" that bypass the clinic's locale and zone. */
    private static final Pattern JAVA_DATES = Pattern.compile(
            "DateTimeFormatter\\.ofPattern|DateTimeFormatter\\.ofLocalized|SimpleDateFormat"
            + "|LocalDate\\.now\\(\\)|LocalDateTime\\.now\\(\\)|ZoneId\\.systemDefault\\(\\)");

    /** Where a pattern or the server's clock is right, and why. */
    private static final Map<String, String> ALLOWED = Map.of(
            "shared/domain/DateWords.java", "the one formatter itself",
            "clinic/ClinicDates.java", "the clinic's clock; the server's zone until a clinic chooses one",
            "billing/claim/X12Values.java", "X12 dates and times are machine formats (CCYYMMDD, HHMM)",
            "billing/claim/Check.java", "a sanity check of the claim file: a birth date not in the future, "
                    + "a day's slack either way changes nothing",
            "patient/PatientDetailsValidator.java", "a plausible birth date: a day's slack either way changes nothing");

    @Test
    void templatesWriteDatesThroughTheClinicsFormatter() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = TEMPLATE_DATES.matcher(lines.get(i));
                    if (m.find()) {
                        found.add(TEMPLATES.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).as("dates in templates go through @dates (day, monthDay, weekday, moment, time)")
                .isEmpty();
    }

    @Test
    void javaTakesTodayAndDateFormatsFromTheClinic() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CODE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = CODE.resolve("org/rhomboid").relativize(file).toString().replace('\\', '/');
                if (ALLOWED.containsKey(name)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (JAVA_DATES.matcher(lines.get(i)).find()) {
                        found.add(name + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).as("today comes from ClinicDates.today(), dates for people from DateWords").isEmpty();
    }

    @Test
    void theScanFindsWhatItLooksFor() {
        assertThat(TEMPLATE_DATES.matcher("th:text=\"${#temporals.format(d, 'MMM d, yyyy')}\"").find()).isTrue();
        assertThat(TEMPLATE_DATES.matcher("th:text=\"${#dates.format(d)}\"").find()).isTrue();
        assertThat(TEMPLATE_DATES.matcher("th:text=\"${@dates.day(d)}\"").find()).isFalse();
        assertThat(JAVA_DATES.matcher("LocalDate today = LocalDate.now();").find()).isTrue();
        assertThat(JAVA_DATES.matcher("DateTimeFormatter.ofPattern(\"MMM d\")").find()).isTrue();
        assertThat(JAVA_DATES.matcher("LocalDate today = clinicDates.today();").find()).isFalse();
    }
}
