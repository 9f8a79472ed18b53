package uk.co.goldenthread.packs.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uk.co.goldenthread.base.Sha256;

/**
 * The canonical form a version's SHA-256 is taken over: the snapshot as JSON in UTF-8, no whitespace, object members
 * sorted by name, arrays in their order, numbers as plain decimals keeping their scale, dates as ISO 8601.
 */
public final class CanonicalJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private CanonicalJson() {
    }

    public static String of(PackSnapshot snapshot) {
        return MAPPER.writeValueAsString(sorted(MAPPER.valueToTree(snapshot)));
    }

    /** The canonical form of any JSON (e.g. the "snapshot" member of a downloaded pack.json). */
    public static String of(JsonNode node) {
        return MAPPER.writeValueAsString(sorted(node));
    }

    public static String sha256(String canonical) {
        return Sha256.hex(canonical);
    }

    public static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
            members.sort(Map.Entry.comparingByKey());
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            members.forEach(e -> copy.set(e.getKey(), sorted(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(child -> copy.add(sorted(child)));
            return copy;
        }
        return node;
    }
}
