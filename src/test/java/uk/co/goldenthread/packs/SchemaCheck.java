package uk.co.goldenthread.packs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The part of JSON Schema that docs/pack.schema.json uses (type, required, properties, additionalProperties false,
 * items, enum, const, pattern), checked strictly: every problem is listed with its JSON path.
 */
final class SchemaCheck {

    private SchemaCheck() {
    }

    static List<String> problems(JsonNode schema, JsonNode value) {
        List<String> problems = new ArrayList<>();
        check(schema, value, "$", problems);
        return problems;
    }

    private static void check(JsonNode schema, JsonNode value, String path, List<String> problems) {
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            problems.add(path + ": expected " + schema.get("type") + ", found " + value.getNodeType());
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            problems.add(path + ": expected " + schema.get("const"));
        }
        if (schema.has("enum") && value.isString() && !schema.get("enum").valueStream()
                .anyMatch(e -> e.asString().equals(value.asString()))) {
            problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (schema.has("pattern") && value.isString()
                && !Pattern.compile(schema.get("pattern").asString()).matcher(value.asString()).find()) {
            problems.add(path + ": does not match " + schema.get("pattern"));
        }
        if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            schema.path("required").forEach(r -> {
                if (!value.has(r.asString())) {
                    problems.add(path + ": missing " + r.asString());
                }
            });
            for (String name : value.propertyNames()) {
                if (properties.has(name)) {
                    check(properties.get(name), value.get(name), path + "." + name, problems);
                } else if (schema.path("additionalProperties").isBoolean()
                        && !schema.get("additionalProperties").asBoolean()) {
                    problems.add(path + ": unexpected member " + name);
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        Set<String> types = new java.util.HashSet<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asString()));
        } else {
            types.add(type.asString());
        }
        return switch (value.getNodeType()) {
            case STRING -> types.contains("string");
            case NUMBER -> types.contains("number") || types.contains("integer") && value.isIntegralNumber();
            case BOOLEAN -> types.contains("boolean");
            case NULL -> types.contains("null");
            case ARRAY -> types.contains("array");
            case OBJECT -> types.contains("object");
            default -> false;
        };
    }
}
