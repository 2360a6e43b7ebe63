package org.rhomboid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * No field or enum name (camelCase, UPPER_CASE) in what a person reads: every template's visible text and the
 * literal strings its th:text builds, every message the code gives beside a field or in a notice, and
 * messages.properties. Words a clinician knows (NPRS, CPT, …) are in {@link RawNames#ALLOWED} with a reason.
 */
class RawNamesInTemplatesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path CODE = Path.of("src/main/java");
    /** A string literal in a th:text expression, with what precedes it (to tell text from a compared value). */
    private static final Pattern LITERAL = Pattern.compile("(\\S?)\\s*'((?:[^'\\\\]|\\\\.)*)'");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Calls whose messages reach a person; their first argument, when a literal, is the field's key. */
    private static final Pattern MESSAGE_CALL = Pattern.compile(
            "(?:\\.error|FieldProblemException|problems\\.put|errors\\.put|new Finding|addFlashAttribute|\\berror)\\(");

    @Test
    void templatesShowNoFieldOrEnumNames() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                Document page = Jsoup.parse(Files.readString(file), "", Parser.htmlParser());
                strip(page);
                for (String text : RawNames.visibleText(page)) {
                    RawNames.in(text).forEach(t -> found.add(TEMPLATES.relativize(file) + ": " + t + " in \"" + text.strip() + "\""));
                }
                for (Element e : page.getAllElements()) {
                    for (Attribute a : e.attributes()) {
                        if (List.of("th:text", "th:utext", "th:placeholder", "th:title", "th:aria-label", "th:alt")
                                .contains(a.getKey())) {
                            for (String text : shownLiterals(a.getValue())) {
                                RawNames.in(text).forEach(t -> found.add(TEMPLATES.relativize(file) + " (" + a.getKey()
                                        + "): " + t + " in '" + text + "'"));
                            }
                        }
                    }
                }
            }
        }
        assertThat(found).as("field or enum names shown to people").isEmpty();
    }

    @Test
    void messagesBesideFieldsAndNoticesNameNoFields() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CODE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = file.getFileName().toString();
                // The API's messages name the JSON fields and enum values a client sends, on purpose (documented).
                if (name.contains("Api") || name.startsWith("Problems")) {
                    continue;
                }
                String source = Files.readString(file);
                for (String statement : source.split(";")) {
                    Matcher call = MESSAGE_CALL.matcher(statement);
                    if (!call.find()) {
                        continue;
                    }
                    for (String text : messageLiterals(statement.substring(call.start()))) {
                        RawNames.in(text).forEach(t -> found.add(CODE.relativize(file) + ": " + t + " in \"" + text + "\""));
                    }
                }
            }
        }
        assertThat(found).as("field or enum names in messages").isEmpty();
    }

    @Test
    void messagesPropertiesNameNoFields() throws IOException {
        Properties messages = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"))) {
            messages.load(in);
        }
        assertThat(messages).isNotEmpty();
        messages.forEach((key, value) -> assertThat(RawNames.in(value.toString())).as(key.toString()).isEmpty());
    }

    @Test
    void theScanFindsWhatTheIssueReported() {
        assertThat(RawNames.in("97162 — limited by personalFactors, presentation, decisionMaking"))
                .containsExactly("personalFactors", "decisionMaking");
        assertThat(RawNames.in("timesPerDay: Required")).containsExactly("timesPerDay");
        assertThat(RawNames.in("Classification: THORACIC_MOBILITY_DEFICIT, EVOLVING"))
                .containsExactly("THORACIC_MOBILITY_DEFICIT", "EVOLVING");
        assertThat(RawNames.in("NPRS ≤ 3/10, ICD-10-CM M54.6, CPT 97162, McKenzie, the PTA's note")).isEmpty();
        assertThat(shownLiterals("${x.name() == 'SHORT_TERM' ? 'Short-term' : 'Long-term'}"))
                .containsExactly("Short-term", "Long-term");
        assertThat(shownLiterals("${f + ': ' + errors.get('timesPerDay')}")).containsExactly(": ");
        assertThat(shownLiterals("${(a ? 'Yes' : 'No') + #strings.toLowerCase('FOO_BAR')}")).containsExactly("Yes", "No");
        assertThat(messageLiterals("f.error(p + \"safetyNote\", \"Caution — \" + because + \". Write how\")"))
                .containsExactly("Caution — ", ". Write how");
        assertThat(messageLiterals("errors.put(\"x\", \"Due \" + d.format(ofPattern(\"MMM d\")))")).containsExactly("Due ");
        assertThat(shownLiterals("|Due by ${d} (FOO_BAR)|")).containsExactly("Due by  (FOO_BAR)");
    }

    /**
     * The string literals of a call's arguments after the first (the field's key), directly in the call: literals
     * passed on to other calls (a date pattern, a map key) are not the message.
     */
    static List<String> messageLiterals(String call) {
        List<String> literals = new ArrayList<>();
        int depth = 0;
        boolean pastKey = false;
        for (int i = 0; i < call.length(); i++) {
            char c = call.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < call.length() && call.charAt(end) != '"') {
                    end += call.charAt(end) == '\\' ? 2 : 1;
                }
                if (pastKey && depth == 1) {
                    literals.add(call.substring(i + 1, Math.min(end, call.length())));
                }
                i = end;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (--depth == 0) {
                    break;
                }
            } else if (c == ',' && depth == 1) {
                pastKey = true;
            }
        }
        return literals;
    }

    /** Thymeleaf's prototype text (replaced at rendering) and comments are not shown: drop them before reading. */
    private static void strip(Document page) {
        for (Element e : page.getAllElements()) {
            if (e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace") || e.hasAttr("th:insert")
                    || e.hasAttr("th:remove") && e.attr("th:remove").equals("all")) {
                e.empty();
            }
        }
    }

    /** The literals of a th:text expression that end up on the page (not those compared with or passed as keys). */
    static List<String> shownLiterals(String expression) {
        List<String> shown = new ArrayList<>();
        String value = expression.strip();
        if (value.startsWith("|") && value.endsWith("|") && value.length() > 1) {
            shown.add(value.substring(1, value.length() - 1).replaceAll("\\$\\{[^}]*}|\\*\\{[^}]*}", ""));
            return shown;
        }
        Matcher m = LITERAL.matcher(value);
        while (m.find()) {
            String before = m.group(1);
            if ((before.isEmpty() || "{+?:".contains(before)) && !insideCall(value, m.start(2))) {
                shown.add(m.group(2));
            }
        }
        return shown;
    }

    /** Whether a position lies in a method call's arguments ("errors.get(p + 'x')"), not in a grouping "( … )". */
    private static boolean insideCall(String expression, int position) {
        java.util.Deque<Boolean> open = new java.util.ArrayDeque<>();
        boolean quoted = false;
        for (int i = 0; i < position; i++) {
            char c = expression.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                open.push(i > 0 && (Character.isLetterOrDigit(expression.charAt(i - 1)) || expression.charAt(i - 1) == '_'));
            } else if (!quoted && c == ')' && !open.isEmpty()) {
                open.pop();
            }
        }
        return open.contains(true);
    }
}
