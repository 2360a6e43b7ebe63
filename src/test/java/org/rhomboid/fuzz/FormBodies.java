package org.rhomboid.fuzz;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * Form posts as a browser sends them, then spoiled: the page's own values with each choice picked at random, and one
 * to three fields given a hostile value (control characters, a lone surrogate, 100,001 characters…), repeated,
 * dropped, or joined by a field the form does not have. Routes whose form no page showed are posted with the field
 * names their handler declares.
 */
final class FormBodies {

    private FormBodies() {
    }

    static Map<String, List<String>> fromPage(FormCatalog.Form form, Random random) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        form.values().forEach((name, values) -> fields.put(name, new ArrayList<>(values)));
        form.choices().forEach((name, options) -> {
            List<String> list = new ArrayList<>(options);
            if (random.nextInt(3) == 0) {
                fields.put(name, new ArrayList<>(List.of(list.get(random.nextInt(list.size())))));
            }
        });
        return fields;
    }

    /** The field names a handler reads: its {@code @RequestParam}s and the components of its form record. */
    static Map<String, List<String>> fromHandler(HandlerMethod handler, Random random) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Parameter parameter : handler.getMethod().getParameters()) {
            RequestParam param = parameter.getAnnotation(RequestParam.class);
            if (param != null && !Map.class.isAssignableFrom(parameter.getType())) {
                String name = param.name().isEmpty() ? param.value() : param.name();
                fields.put(name.isEmpty() ? parameter.getName() : name, List.of(HostileValues.text(random)));
            }
            if (parameter.isAnnotationPresent(ModelAttribute.class) && parameter.getType().isRecord()) {
                for (RecordComponent component : parameter.getType().getRecordComponents()) {
                    fields.put(component.getName(), List.of(HostileValues.text(random)));
                }
            }
        }
        return fields;
    }

    /** Spoils one to three fields in place; says what it did. */
    static String spoil(Map<String, List<String>> fields, Set<String> textFields, Random random) {
        StringBuilder what = new StringBuilder();
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            List<String> names = new ArrayList<>(fields.keySet());
            // Text fields first: that is where people type, and where the trouble was.
            List<String> text = names.stream().filter(textFields::contains).toList();
            String name = !text.isEmpty() && random.nextBoolean() ? text.get(random.nextInt(text.size()))
                    : names.isEmpty() ? "undeclared" : names.get(random.nextInt(names.size()));
            switch (random.nextInt(12)) {
                case 0 -> {
                    fields.remove(name);
                    what.append("dropped ").append(name);
                }
                case 1 -> {
                    fields.put(HostileValues.text(random), List.of(HostileValues.text(random)));
                    what.append("added a field");
                }
                case 2 -> {
                    fields.put(name, java.util.Collections.nCopies(1 + random.nextInt(60), HostileValues.text(random)));
                    what.append("repeated ").append(name);
                }
                default -> {
                    fields.put(name, new ArrayList<>(List.of(HostileValues.text(random))));
                    what.append("spoiled ").append(name);
                }
            }
            what.append("; ");
        }
        return what.toString();
    }
}
