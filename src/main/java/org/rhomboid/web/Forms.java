package org.rhomboid.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rhomboid.shared.FieldProblemException;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;

/** Puts a service's field rule beside the field it concerns, where the person will look. */
public final class Forms {

    private Forms() {
    }

    /**
     * A raw form as typed (field → values), without the CSRF token and the button pressed. Names no form of ours
     * uses (longer than 60 characters, or repeated more than 50 times) are dropped, so a draft stays the size of
     * what a person can type.
     */
    public static Map<String, List<String>> typed(MultiValueMap<String, String> params) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (!name.equals("_csrf") && !name.equals("action") && name.length() <= 60 && values.size() <= 50) {
                fields.put(name, values.stream().map(v -> v == null ? "" : v).toList());
            }
        });
        return fields;
    }

    /** What was typed in each field (its first value), to put back in the form beside its errors. */
    public static Map<String, String> firstValues(Map<String, List<String>> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        form.forEach((name, values) -> typed.put(name, values.isEmpty() ? "" : values.get(0)));
        return typed;
    }

    public static void reject(BindingResult binding, FieldProblemException problem) {
        binding.rejectValue(problem.field(), "rule", problem.getMessage());
    }
}
