package org.rhomboid.fuzz;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The forms Rhomboid's pages show, read from the pages themselves: where each posts, how (urlencoded or multipart),
 * its fields with the values the page fills in, and every value a choice (select, radio, checkbox, named button)
 * offers. The fuzz starts from these, so it sends what a browser would and then spoils a field or two.
 */
final class FormCatalog {

    /** One form: its action path, GET or POST, multipart or not, the page's values, and each field's choices. */
    record Form(String method, String action, boolean multipart, Map<String, List<String>> values,
                Map<String, Set<String>> choices, Set<String> textFields) {}

    private final Map<String, Form> forms = new LinkedHashMap<>();

    /** Reads every form on a page (ignoring sign-out, which would end the session the fuzz posts with). */
    void read(String html) {
        Document page = Jsoup.parse(html);
        for (Element form : page.select("form")) {
            String method = form.attr("method").isBlank() ? "GET" : form.attr("method").toUpperCase(Locale.ROOT);
            String action = URI.create(form.attr("action").isBlank() ? "/" : form.attr("action").replace(" ", "%20"))
                    .getPath();
            if (action == null || !action.startsWith("/") || action.equals("/logout")) {
                continue;
            }
            Map<String, List<String>> values = new LinkedHashMap<>();
            Map<String, Set<String>> choices = new LinkedHashMap<>();
            Set<String> text = new LinkedHashSet<>();
            for (Element field : form.select("input[name], select[name], textarea[name], button[name]")) {
                String name = field.attr("name");
                if (name.equals("_csrf")) {
                    continue;
                }
                String type = field.attr("type").toLowerCase(Locale.ROOT);
                switch (field.tagName()) {
                    case "select" -> {
                        field.select("option").forEach(option -> choice(choices, name, option.attr("value")));
                        field.select("option[selected]").forEach(option -> add(values, name, option.attr("value")));
                    }
                    case "textarea" -> {
                        text.add(name);
                        add(values, name, field.text());
                    }
                    case "button" -> choice(choices, name, field.attr("value"));
                    default -> {
                        if (type.equals("checkbox") || type.equals("radio") || type.equals("submit")) {
                            choice(choices, name, field.attr("value").isEmpty() ? "on" : field.attr("value"));
                            if (field.hasAttr("checked")) {
                                add(values, name, field.attr("value"));
                            }
                        } else if (!type.equals("file")) {
                            text.add(name);
                            add(values, name, field.attr("value"));
                        }
                    }
                }
            }
            boolean multipart = form.attr("enctype").toLowerCase(Locale.ROOT).startsWith("multipart/");
            forms.merge(method + " " + action, new Form(method, action, multipart, values, choices, text),
                    FormCatalog::union);
        }
    }

    List<Form> all() {
        return new ArrayList<>(forms.values());
    }

    private static Form union(Form a, Form b) {
        Map<String, Set<String>> choices = new LinkedHashMap<>(a.choices());
        b.choices().forEach((name, options) -> choices.merge(name, options, (x, y) -> {
            Set<String> both = new LinkedHashSet<>(x);
            both.addAll(y);
            return both;
        }));
        Map<String, List<String>> values = new LinkedHashMap<>(b.values());
        values.putAll(a.values());
        Set<String> text = new LinkedHashSet<>(a.textFields());
        text.addAll(b.textFields());
        return new Form(a.method(), a.action(), a.multipart() || b.multipart(), values, choices, text);
    }

    private static void add(Map<String, List<String>> values, String name, String value) {
        values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }

    private static void choice(Map<String, Set<String>> choices, String name, String value) {
        choices.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(value);
    }
}
