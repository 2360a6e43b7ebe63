package org.rhomboid.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rhomboid.shared.domain.PlainText;

/**
 * The request's form fields and query parameters as Rhomboid keeps them: control characters taken out of every value
 * (nobody types them; PostgreSQL refuses NUL), and fields whose names no form of ours could have (control or undefined
 * characters) left out altogether — the same for multipart forms, whose parts are filtered too. Everything that reads
 * the form (Spring Security's CSRF check, data binding, {@code @RequestParam}, a raw form kept as typed) reads these.
 */
final class CleanedParameters extends HttpServletRequestWrapper {

    private Map<String, String[]> parameters;

    CleanedParameters(HttpServletRequest request) {
        super(request);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        if (parameters == null) {
            Map<String, String[]> cleaned = new LinkedHashMap<>();
            super.getParameterMap().forEach((name, values) -> {
                if (PlainText.isFieldName(name)) {
                    String[] kept = new String[values.length];
                    for (int i = 0; i < values.length; i++) {
                        kept[i] = PlainText.clean(values[i]);
                    }
                    cleaned.put(name, kept);
                }
            });
            parameters = Collections.unmodifiableMap(cleaned);
        }
        return parameters;
    }

    @Override
    public String getParameter(String name) {
        String[] values = getParameterMap().get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    /** A left-out name reads as a field without values, as Spring's multipart request asks for every part's name. */
    @Override
    public String[] getParameterValues(String name) {
        String[] values = getParameterMap().get(name);
        return values == null ? (PlainText.isFieldName(name) ? null : new String[0]) : values.clone();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public Collection<Part> getParts() throws IOException, ServletException {
        return super.getParts().stream().filter(part -> PlainText.isFieldName(part.getName())).toList();
    }

    @Override
    public Part getPart(String name) throws IOException, ServletException {
        return PlainText.isFieldName(name) ? super.getPart(name) : null;
    }

    /** The longest value of any field, to hold against the cap on a single field. */
    int longestValue() {
        int longest = 0;
        for (String[] values : getParameterMap().values()) {
            for (String value : values) {
                longest = Math.max(longest, value == null ? 0 : value.length());
            }
        }
        return longest;
    }
}
