package cn.taizhang.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The operations of an OpenAPI description (springdoc's /v3/api-docs), with plausible values for every
 * parameter and body field derived from their schemas ({@code $ref}s resolved), so that a test can vary
 * one of them and keep the rest valid enough for the varied value to reach deep.
 */
public final class ApiDescription {

    /** A grid of the demo territory, 大十字街道 (every demo user's area contains it or is it). */
    public static final String GRID = "522601002002001";
    public static final String AREA = "522601002";

    public record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    public record Operation(String method, String path, List<Parameter> parameters, String bodyType, JsonNode bodySchema) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode doc;

    public ApiDescription(String json) {
        doc = JsonMapper.shared().readTree(json);
    }

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    JsonNode resolved = resolve(p);
                    parameters.add(new Parameter(resolved.get("name").asString(), resolved.get("in").asString(), resolve(resolved.path("schema")),
                            resolved.path("required").asBoolean(false)));
                }
                String bodyType = null;
                JsonNode bodySchema = null;
                JsonNode content = resolve(op.getValue().path("requestBody")).path("content");
                for (Map.Entry<String, JsonNode> type : content.properties()) {
                    if (bodyType == null || type.getKey().contains("json")) {
                        bodyType = type.getKey();
                        bodySchema = resolve(type.getValue().path("schema"));
                    }
                }
                if (bodySchema != null && properties(bodySchema).values().stream().anyMatch(ApiDescription::isFile)) {
                    bodyType = "multipart/form-data"; // springdoc may describe a file upload under another media type
                }
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), parameters, bodyType, bodySchema));
            }
        }
        return operations;
    }

    /** The schema or parameter itself, its {@code $ref} followed. */
    public JsonNode resolve(JsonNode node) {
        while (node != null && node.has("$ref")) {
            String ref = node.get("$ref").asString();
            node = doc.at(ref.substring(1));
        }
        return node == null ? NODES.missingNode() : node;
    }

    /** The properties of an object schema (with {@code allOf} members), resolved. */
    public Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new java.util.LinkedHashMap<>();
        JsonNode s = resolve(schema);
        for (JsonNode part : s.path("allOf")) {
            properties.putAll(properties(part));
        }
        for (Map.Entry<String, JsonNode> p : s.path("properties").properties()) {
            properties.put(p.getKey(), resolve(p.getValue()));
        }
        return properties;
    }

    /** A plausible value for a field or parameter of this name and schema, as JSON. */
    public JsonNode plausible(String name, JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        String type = typeOf(s);
        if (type.isEmpty() && s.has("properties") || type.equals("object")) {
            ObjectNode object = NODES.objectNode();
            if (depth < 6) {
                properties(s).forEach((field, fieldSchema) -> object.set(field, plausible(field, fieldSchema, depth + 1)));
            }
            return object;
        }
        if (type.equals("array")) {
            ArrayNode array = NODES.arrayNode();
            if (depth < 6) {
                array.add(plausible(name, s.path("items"), depth + 1));
            }
            return array;
        }
        String lower = name.toLowerCase();
        return switch (type) {
            case "integer" -> NODES.numberNode(lower.contains("size") ? 10 : 1);
            case "number" -> NODES.numberNode(lower.equals("lat") ? 26.57 : lower.equals("lng") ? 107.98 : 1);
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.stringNode(plausibleText(lower, s.path("format").asString("")));
        };
    }

    /** The schema's type; OpenAPI 3.1 may give a list such as {@code ["integer", "null"]}. */
    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asString().equals("null")) {
                    return t.asString();
                }
            }
            return "";
        }
        return type.asString("");
    }

    /** True for a multipart field that is a file. */
    public static boolean isFile(JsonNode schema) {
        return schema.path("format").asString("").equals("binary") || schema.has("contentMediaType")
                || typeOf(schema).equals("array") && isFile(schema.path("items"));
    }

    private static String plausibleText(String name, String format) {
        return switch (format) {
            case "date" -> LocalDate.now().toString();
            case "date-time" -> OffsetDateTime.now().toString();
            case "uuid" -> UUID.randomUUID().toString();
            default -> name.equals("clientid") || name.contains("idempotency") ? UUID.randomUUID().toString()
                    : name.contains("grid") ? GRID
                    : name.contains("code") || name.contains("area") || name.contains("jurisdiction") ? AREA
                    : name.equals("from") || name.equals("to") || name.contains("date") || name.endsWith("edon") /* visitedOn */ ? LocalDate.now().toString()
                    : name.equals("period") ? Integer.toString(LocalDate.now().getYear())
                    : name.contains("password") ? "Kaili@2026"
                    : name.equals("username") ? "hostile_" + UUID.randomUUID().toString().substring(0, 8)
                    : name.contains("phone") ? "13800138000"
                    : name.equals("crs") ? "wgs84"
                    : name.contains("match") ? "\"1\""
                    : name.equals("type") ? "city_sanitation"
                    : name.equals("source") ? "grid_worker"
                    : "大十字";
        };
    }
}
