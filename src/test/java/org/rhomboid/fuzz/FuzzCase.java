package org.rhomboid.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One request of the fuzz: a route pattern ({@code /patients/{patientId}}, filled with the fixture's ids), who sends
 * it (a role, or {@code ANONYMOUS} for the patient behind a link and the sign-in endpoints) and either a raw body with
 * its content type (the API) or form fields (pages). Stored as one JSON file per case in the regression corpus
 * ({@code src/test/resources/fuzz/}); control characters and lone surrogates are written as {@code \}{@code uXXXX}
 * escapes, and a long form value as {@code {"repeat": "x", "times": 100001}}, so every case is short readable text.
 *
 * @param body        the raw body (usually JSON), or null
 * @param form        the form fields (name → values) for a page's form post, or null
 * @param contentType as sent; {@code multipart/form-data} on a form means a proper multipart body with a boundary
 */
record FuzzCase(String name, String method, String route, String role, String contentType, String body,
                Map<String, List<String>> form) {

    static final String ANONYMOUS = "ANONYMOUS";
    static final String FORM = "application/x-www-form-urlencoded";
    static final String MULTIPART = "multipart/form-data";

    /** Escapes everything outside printable ASCII: the only way a lone surrogate survives the trip as text. */
    static final JsonMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    boolean isForm() {
        return form != null;
    }

    String key() {
        return method + " " + route;
    }

    /** The case as a corpus file would hold it. */
    String toJson() {
        ObjectNode json = ESCAPING.createObjectNode();
        json.put("name", name).put("method", method).put("route", route).put("role", role);
        if (contentType != null) {
            json.put("contentType", contentType);
        }
        if (body != null) {
            json.put("body", body);
        }
        if (form != null) {
            ObjectNode fields = json.putObject("form");
            form.forEach((field, values) -> values.forEach(value -> {
                if (value.length() > 1000 && value.chars().distinct().count() == 1) {
                    fields.withArray(field).addObject().put("repeat", value.substring(0, 1))
                            .put("times", value.length());
                } else {
                    fields.withArray(field).add(value);
                }
            }));
        }
        return ESCAPING.writerWithDefaultPrettyPrinter().writeValueAsString(json);
    }

    /** Reads a corpus file: {@code json} (an inline JSON body) or {@code body} (raw text, for malformed bodies). */
    /** A form value: text, or {"repeat": "x", "times": 100001} for a long one. */
    private static String value(JsonNode value) {
        return value.isObject() ? value.get("repeat").asString().repeat(value.get("times").asInt()) : value.asString();
    }

    static FuzzCase fromJson(JsonNode json) {
        String body = json.has("json") ? ESCAPING.writeValueAsString(json.get("json"))
                : json.has("body") ? json.get("body").asString() : null;
        Map<String, List<String>> form = null;
        if (json.has("form")) {
            form = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : json.get("form").properties()) {
                JsonNode values = field.getValue();
                form.put(field.getKey(), values.isArray()
                        ? values.valueStream().map(FuzzCase::value).toList() : List.of(value(values)));
            }
        }
        String contentType = json.has("contentType") ? json.get("contentType").asString()
                : form != null ? FORM : body != null ? "application/json" : null;
        return new FuzzCase(json.get("name").asString(), json.get("method").asString(), json.get("route").asString(),
                json.has("role") ? json.get("role").asString() : ANONYMOUS, contentType, body, form);
    }
}
