package org.rhomboid.fuzz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON request bodies from the OpenAPI description: a plausible body built from the operation's schema (or a corpus
 * case for the same route, which is usually valid and so reaches deeper), then spoiled — a value or two replaced by a
 * hostile string, a number where text belongs and the reverse, null, a property dropped or one nobody declared — or the
 * whole body mangled, or sent with a content type the endpoint does not take.
 */
final class JsonBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final List<String> CONTENT_TYPES = List.of("multipart/form-data", "multipart/form-data; boundary=",
            "multipart/mixed", "text/plain", "application/x-www-form-urlencoded", "application/xml",
            "application/json; charset=ISO-8859-1", "application/json; charset=nonsense", "*/*", "application/*+json");

    private final JsonNode schemas;

    JsonBodies(JsonNode openApi) {
        this.schemas = openApi.path("components").path("schemas");
    }

    /** A body that follows the schema as well as a generator can without knowing the rules behind it. */
    JsonNode plausible(JsonNode schema, Random random, int depth) {
        schema = resolve(schema);
        if (schema.has("enum")) {
            JsonNode options = schema.get("enum");
            return options.get(random.nextInt(options.size()));
        }
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(combined)) {
                return plausible(schema.get(combined).get(0), random, depth);
            }
        }
        String format = schema.path("format").asString("");
        return switch (type(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 6) {
                    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                        object.set(property.getKey(), plausible(property.getValue(), random, depth + 1));
                    }
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int items = depth < 6 ? 1 + random.nextInt(2) : 0;
                for (int i = 0; i < items; i++) {
                    array.add(plausible(schema.path("items"), random, depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode((long) Math.max(schema.path("minimum").asDouble(0),
                    Math.min(schema.path("maximum").asDouble(10), random.nextInt(11))));
            case "number" -> NODES.numberNode(new java.math.BigDecimal("12.50"));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.stringNode(switch (format) {
                case "date" -> LocalDate.now().minusDays(random.nextInt(400)).toString();
                case "date-time" -> LocalDate.now().minusDays(1) + "T09:30:00";
                case "uuid" -> UUID.randomUUID().toString();
                default -> random.nextBoolean() ? "Quinn" : "M54.6";
            });
        };
    }

    /** The body spoiled in one of many ways, as text ready to send, with the content type to send it as. */
    FuzzCase spoil(FuzzCase base, JsonNode body, Random random) {
        int how = random.nextInt(20);
        if (how == 0) {
            return with(base, CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size())), PLAIN.writeValueAsString(body),
                    "content type");
        }
        if (how == 1) {
            String text = PLAIN.writeValueAsString(body);
            return with(base, "application/json", text.substring(0, random.nextInt(text.length() + 1)), "truncated");
        }
        if (how == 2) {
            return with(base, "application/json", List.of("", "[]", "null", "\"text\"", "42", "{\"a\":" .repeat(2000),
                    "[".repeat(5000), "{\"x\":\"\\ud800\"}", "\u0000").get(random.nextInt(9)), "whole body");
        }
        JsonNode spoiled = body.deepCopy();
        int changes = 1 + random.nextInt(3);
        StringBuilder what = new StringBuilder();
        for (int i = 0; i < changes; i++) {
            what.append(spoilOne(spoiled, random)).append("; ");
        }
        // Mostly escaped (\ u0000, \ ud800 arrive as such); sometimes raw, so the UTF-8 decoder meets the bytes.
        String text = random.nextInt(4) == 0 ? PLAIN.writeValueAsString(spoiled)
                : FuzzCase.ESCAPING.writeValueAsString(spoiled);
        return with(base, "application/json", text, what.toString());
    }

    private static FuzzCase with(FuzzCase base, String contentType, String body, String what) {
        return new FuzzCase(base.name() + ": " + what, base.method(), base.route(), base.role(), contentType, body,
                null);
    }

    /** Replaces, drops or adds one value somewhere in the tree; says what it did. */
    private static String spoilOne(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty()) {
            return "nothing to spoil";
        }
        JsonNode container = containers.get(random.nextInt(containers.size()));
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>(object.propertyNames());
            if (names.isEmpty() || random.nextInt(8) == 0) {
                object.set("undeclared" + random.nextInt(3), hostile(random));
                return "added a property";
            }
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(8) == 0) {
                object.remove(name);
                return "dropped " + name;
            }
            object.set(name, hostile(random));
            return "spoiled " + name;
        }
        ArrayNode array = (ArrayNode) container;
        if (array.isEmpty() || random.nextInt(6) == 0) {
            array.add(hostile(random));
        } else {
            array.set(random.nextInt(array.size()), hostile(random));
        }
        return "spoiled an array";
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isObject() || node.isArray()) {
            containers.add(node);
            node.values().forEach(child -> collect(child, containers));
        }
    }

    private static JsonNode hostile(Random random) {
        return switch (random.nextInt(12)) {
            case 0, 1 -> NODES.numberNode(new java.math.BigDecimal(String.valueOf(HostileValues.number(random))));
            case 2 -> NODES.nullNode();
            case 3 -> NODES.booleanNode(random.nextBoolean());
            case 4 -> NODES.arrayNode().add(HostileValues.text(random));
            case 5 -> NODES.objectNode().put("x", HostileValues.text(random));
            default -> NODES.stringNode(HostileValues.text(random));
        };
    }

    private JsonNode resolve(JsonNode schema) {
        for (int i = 0; i < 10 && schema.has("$ref"); i++) {
            String ref = schema.get("$ref").asString();
            schema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema;
    }

    /** OpenAPI 3.0 says "type": "string"; 3.1 may say "type": ["string", "null"]. */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asString().equals("null")) {
                    return t.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }
}
