package org.outturn.spark;

import java.util.HashMap;
import java.util.Map;
import org.outturn.json.OutturnJson;
import org.outturn.rules.RagPolicy;

/**
 * Writes a RAG policy as its {@code outturn/1} JSON description and reads it back, caching what it
 * read: how policies travel to executors, where each is rebuilt once per partition, never
 * Java-serialised. Not thread-safe: one per partition.
 */
final class PolicyJson {

    private final Map<String, RagPolicy> read = new HashMap<>();
    private final Map<RagPolicy, String> written = new HashMap<>();

    String write(RagPolicy policy) {
        return written.computeIfAbsent(policy, p -> OutturnJson.strict().mapper().writeValueAsString(p));
    }

    RagPolicy read(String json) {
        RagPolicy policy = read.get(json);
        if (policy == null) {
            policy = OutturnJson.strict().mapper().readValue(json, RagPolicy.class);
            read.put(json, policy);
        }
        return policy;
    }
}
