package org.outturn.json;

import static org.outturn.json.JsonInput.invalid;
import static org.outturn.json.JsonInput.missing;
import static org.outturn.json.JsonInput.startArray;
import static org.outturn.json.JsonInput.startObject;
import static org.outturn.json.JsonInput.text;
import static org.outturn.json.JsonInput.unknownField;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Rating;
import org.outturn.core.ReportingPeriod;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.RagStrategyRegistry;
import org.outturn.rules.StrategySpec;
import org.outturn.rules.plan.ActionPlan;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;

/** The serializers and deserializers of RAG policies, indicator entries and whole documents. */
final class DocumentCodecs {

    private DocumentCodecs() {
    }

    // ---------------------------------------------------------------- RagPolicy

    static final List<String> POLICY_FIELDS =
            List.of("name", "strategy", "parameters", "roundingDecimalPlaces", "roundingMode");
    static final List<String> STRATEGY_FIELDS = List.of("strategy", "parameters");

    /**
     * Writes a policy: its name, its strategy's spec (name and parameters, nested strategies as strategy
     * objects) and its rounding. Every policy can be written, because a policy holds only strategies that
     * describe themselves.
     */
    static final class PolicySerializer extends ValueSerializer<RagPolicy> {
        @Override
        public void serialize(RagPolicy policy, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            gen.writeStringProperty("name", policy.name());
            writeSpec(gen, policy.spec());
            if (policy.roundingDecimalPlaces().isPresent()) {
                gen.writeNumberProperty("roundingDecimalPlaces", policy.roundingDecimalPlaces().getAsInt());
                gen.writeStringProperty("roundingMode", policy.roundingMode().name());
            }
            gen.writeEndObject();
        }
    }

    /** Writes the fields of a strategy object, {@code strategy} and {@code parameters}, into the open object. */
    static void writeSpec(JsonGenerator gen, StrategySpec spec) {
        gen.writeStringProperty("strategy", spec.name());
        if (spec.parameters().isEmpty()) {
            return;
        }
        gen.writeName("parameters");
        gen.writeStartObject();
        for (Map.Entry<String, Object> parameter : spec.parameters().entrySet()) {
            gen.writeName(parameter.getKey());
            Object value = parameter.getValue();
            if (value instanceof StrategySpec nested) {
                gen.writeStartObject();
                writeSpec(gen, nested);
                gen.writeEndObject();
            } else if (value instanceof List<?> list) {
                gen.writeStartArray();
                for (Object item : list) {
                    gen.writeStartObject();
                    writeSpec(gen, (StrategySpec) item);
                    gen.writeEndObject();
                }
                gen.writeEndArray();
            } else {
                // A tolerance in its notation, or a word of a choice.
                gen.writeString(value.toString());
            }
        }
        gen.writeEndObject();
    }

    /** Reads the parameters object of a policy or strategy object: strings, strategy objects or arrays of them. */
    static Map<String, Object> readParameters(JsonParser p, DeserializationContext ctxt) {
        startObject(p, "parameters");
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (String key = p.nextName(); key != null; key = p.nextName()) {
            JsonToken token = p.nextToken();
            if (token == JsonToken.START_OBJECT) {
                parameters.put(key, readStrategy(p, ctxt));
            } else if (token == JsonToken.START_ARRAY) {
                List<StrategySpec> specs = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    specs.add(readStrategy(p, ctxt));
                }
                if (specs.isEmpty()) {
                    throw invalid(p, "parameter", "Invalid value for parameter '" + key
                            + "' (at least one strategy is needed): []");
                }
                parameters.put(key, specs);
            } else if (token == JsonToken.VALUE_STRING) {
                parameters.put(key, p.getString());
            } else {
                throw invalid(p, "parameter", "expected a string, a strategy object or an array of strategy objects, "
                        + "found " + JsonInput.describe(p));
            }
        }
        return parameters;
    }

    /** Reads a strategy object, {@code {"strategy": "<registry name>", "parameters": {...}}}. */
    static StrategySpec readStrategy(JsonParser p, DeserializationContext ctxt) {
        startObject(p, "strategy");
        String name = null;
        Map<String, Object> parameters = Map.of();
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            p.nextToken();
            switch (field) {
                case "strategy":
                    name = text(p, "strategy");
                    break;
                case "parameters":
                    parameters = readParameters(p, ctxt);
                    break;
                default:
                    unknownField(p, ctxt, "strategy", field, STRATEGY_FIELDS);
            }
        }
        if (name == null) {
            throw missing(p, "strategy", "strategy");
        }
        try {
            return StrategySpec.of(name, parameters);
        } catch (IllegalArgumentException ex) {
            throw invalid(p, "strategy", ex);
        }
    }

    static final class PolicyDeserializer extends ValueDeserializer<RagPolicy> {
        private final RagStrategyRegistry registry;

        PolicyDeserializer(RagStrategyRegistry registry) {
            this.registry = registry;
        }

        @Override
        public RagPolicy deserialize(JsonParser p, DeserializationContext ctxt) {
            startObject(p, "policy");
            String name = null;
            String strategy = null;
            Map<String, Object> parameters = Map.of();
            Integer places = null;
            RoundingMode mode = null;
            for (String field = p.nextName(); field != null; field = p.nextName()) {
                p.nextToken();
                switch (field) {
                    case "name":
                        name = text(p, "policy name");
                        break;
                    case "strategy":
                        strategy = text(p, "strategy");
                        break;
                    case "parameters":
                        parameters = readParameters(p, ctxt);
                        break;
                    case "roundingDecimalPlaces":
                        places = JsonInput.integer(p, "rounding decimal places");
                        break;
                    case "roundingMode":
                        mode = JsonInput.enumValue(p, RoundingMode.class, "rounding mode");
                        break;
                    default:
                        unknownField(p, ctxt, "policy", field, POLICY_FIELDS);
                }
            }
            if (name == null) {
                throw missing(p, "policy", "name");
            }
            if (strategy == null) {
                throw missing(p, "policy", "strategy");
            }
            if (mode != null && places == null) {
                throw missing(p, "policy", "roundingDecimalPlaces");
            }
            try {
                RagPolicy policy = RagPolicy.of(name, StrategySpec.of(strategy, parameters), registry);
                return places == null ? policy : policy.withRounding(places, mode == null ? RoundingMode.HALF_UP : mode);
            } catch (IllegalArgumentException ex) {
                throw invalid(p, "policy", ex);
            }
        }
    }

    // ---------------------------------------------------------------- IndicatorEntry

    static final List<String> ENTRY_FIELDS;

    static {
        List<String> fields = new ArrayList<>(ModelCodecs.INDICATOR_FIELDS);
        fields.addAll(List.of("policy", "outturns", "published", "notes"));
        ENTRY_FIELDS = List.copyOf(fields);
    }

    static final class EntrySerializer extends ValueSerializer<IndicatorEntry> {
        @Override
        public void serialize(IndicatorEntry entry, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            ModelCodecs.writeIndicatorFields(gen, ctxt, entry.indicator());
            entry.policy().ifPresent(policy -> gen.writeStringProperty("policy", policy));
            if (!entry.policiesByPeriod().isEmpty()) {
                gen.writeName("policy");
                gen.writeStartObject();
                for (Map.Entry<ReportingPeriod, String> policy : entry.policiesByPeriod().entrySet()) {
                    gen.writeStringProperty(policy.getKey().toString(), policy.getValue());
                }
                gen.writeEndObject();
            }
            if (!entry.outturns().isEmpty()) {
                gen.writeName("outturns");
                gen.writeStartObject();
                for (Map.Entry<ReportingPeriod, Outturn> outturn : entry.outturns().entrySet()) {
                    gen.writeName(outturn.getKey().toString());
                    gen.writeStartObject();
                    ModelCodecs.writeOutturnFields(gen, outturn.getValue());
                    gen.writeEndObject();
                }
                gen.writeEndObject();
            }
            if (!entry.published().isEmpty()) {
                gen.writeName("published");
                gen.writeStartObject();
                for (Map.Entry<ReportingPeriod, Rating> rating : entry.published().entrySet()) {
                    gen.writeName(rating.getKey().toString());
                    ModelCodecs.RATING_SERIALIZER.serialize(rating.getValue(), gen, ctxt);
                }
                gen.writeEndObject();
            }
            writeNotes(gen, entry.notes());
            gen.writeEndObject();
        }
    }

    /** Writes a {@code notes} array unless there are none. */
    static void writeNotes(JsonGenerator gen, List<String> notes) {
        if (!notes.isEmpty()) {
            gen.writeName("notes");
            gen.writeStartArray();
            for (String note : notes) {
                gen.writeString(note);
            }
            gen.writeEndArray();
        }
    }

    /** Reads a {@code notes} array of text; the parser is on its start. */
    static List<String> readNotes(JsonParser p) {
        startArray(p, "notes");
        List<String> notes = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            notes.add(text(p, "note"));
        }
        return notes;
    }

    static final class EntryDeserializer extends ValueDeserializer<IndicatorEntry> {
        @Override
        public IndicatorEntry deserialize(JsonParser p, DeserializationContext ctxt) {
            startObject(p, "indicator");
            Indicator.Builder builder = Indicator.builder();
            boolean[] required = new boolean[5];
            List<Outturn> outturns = new ArrayList<>();
            Map<ReportingPeriod, Rating> published = new LinkedHashMap<>();
            String policy = null;
            Map<ReportingPeriod, String> policies = null;
            List<String> notes = List.of();
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                p.nextToken();
                if (ModelCodecs.readIndicatorField(p, ctxt, name, builder, required)) {
                    continue;
                }
                switch (name) {
                    case "policy":
                        if (p.currentToken() == JsonToken.START_OBJECT) {
                            policies = readPoliciesByPeriod(p);
                        } else {
                            policy = text(p, "policy");
                        }
                        break;
                    case "outturns":
                        startObject(p, "outturns");
                        for (String key = p.nextName(); key != null; key = p.nextName()) {
                            ReportingPeriod period = ModelCodecs.period(p, key);
                            p.nextToken();
                            outturns.add(ModelCodecs.readOutturn(p, ctxt, period));
                        }
                        break;
                    case "published":
                        startObject(p, "published");
                        for (String key = p.nextName(); key != null; key = p.nextName()) {
                            ReportingPeriod period = ModelCodecs.period(p, key);
                            p.nextToken();
                            if (published.put(period, ModelCodecs.RATING_DESERIALIZER.deserialize(p, ctxt)) != null) {
                                throw invalid(p, "published rating", "given twice for " + period);
                            }
                        }
                        break;
                    case "notes":
                        notes = readNotes(p);
                        break;
                    default:
                        unknownField(p, ctxt, "indicator", name, ENTRY_FIELDS);
                }
            }
            Indicator indicator = ModelCodecs.buildIndicator(p, builder, required);
            try {
                IndicatorEntry entry = IndicatorEntry.of(indicator, outturns, policy, published, notes);
                return policies == null ? entry : entry.withPoliciesByPeriod(policies);
            } catch (IllegalArgumentException ex) {
                throw invalid(p, "indicator", ex);
            }
        }

        /** Reads the policy names by period of an entry's {@code policy} object; the parser is on its start. */
        private static Map<ReportingPeriod, String> readPoliciesByPeriod(JsonParser p) {
            Map<ReportingPeriod, String> policies = new LinkedHashMap<>();
            for (String key = p.nextName(); key != null; key = p.nextName()) {
                ReportingPeriod period = ModelCodecs.period(p, key);
                p.nextToken();
                if (policies.put(period, text(p, "policy")) != null) {
                    throw invalid(p, "policy", "given twice for " + period);
                }
            }
            return policies;
        }
    }

    // ---------------------------------------------------------------- OutturnDocument

    static final List<String> DOCUMENT_FIELDS = List.of("format", "title", "source", "notes", "policies",
            "defaultPolicy", "actionPlan", "indicators");

    /**
     * Checks that a document's default policy is one of its policies, reporting it at
     * {@code $.defaultPolicy} as both readers do.
     *
     * @param p  the parser, for the location
     * @param defaultPolicy  the default policy's name, or null
     * @param policies  the names of the document's policies
     */
    static void checkDefaultPolicy(JsonParser p, String defaultPolicy, Collection<String> policies) {
        if (defaultPolicy != null && !policies.contains(defaultPolicy)) {
            throw new InvalidValueException(p, "document", "$.defaultPolicy",
                    OutturnDocument.undefinedPolicy("defaultPolicy", defaultPolicy, policies));
        }
    }

    static final class DocumentSerializer extends ValueSerializer<OutturnDocument> {
        @Override
        public void serialize(OutturnDocument document, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            gen.writeStringProperty("format", OutturnDocument.FORMAT);
            document.title().ifPresent(title -> gen.writeStringProperty("title", title));
            document.source().ifPresent(source -> gen.writeStringProperty("source", source));
            writeNotes(gen, document.notes());
            if (!document.policies().isEmpty()) {
                gen.writeName("policies");
                gen.writeStartArray();
                PolicySerializer policies = new PolicySerializer();
                for (RagPolicy policy : document.policies().values()) {
                    policies.serialize(policy, gen, ctxt);
                }
                gen.writeEndArray();
            }
            document.defaultPolicy().ifPresent(name -> gen.writeStringProperty("defaultPolicy", name));
            if (document.actionPlan().isPresent()) {
                gen.writeName("actionPlan");
                ResultCodecs.ACTION_PLAN_SERIALIZER.serialize(document.actionPlan().get(), gen, ctxt);
            }
            gen.writeName("indicators");
            gen.writeStartArray();
            EntrySerializer entries = new EntrySerializer();
            for (IndicatorEntry entry : document.indicators()) {
                entries.serialize(entry, gen, ctxt);
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
    }

    /** Checks the value of the {@code format} field. */
    static void checkFormat(JsonParser p) {
        String format = text(p, "format");
        if (!OutturnDocument.FORMAT.equals(format)) {
            throw invalid(p, "format", "unsupported format '" + format + "' (supported: " + OutturnDocument.FORMAT
                    + ")");
        }
    }

    static final class DocumentDeserializer extends ValueDeserializer<OutturnDocument> {
        private final PolicyDeserializer policies;

        DocumentDeserializer(RagStrategyRegistry registry) {
            this.policies = new PolicyDeserializer(registry);
        }

        /** A document is never null: the input {@code null} is refused rather than read as no document. */
        @Override
        public OutturnDocument getNullValue(DeserializationContext ctxt) {
            throw invalid(ctxt.getParser(), "document", "expected an object, found null");
        }

        @Override
        public OutturnDocument deserialize(JsonParser p, DeserializationContext ctxt) {
            startObject(p, "document");
            boolean format = false;
            String title = null;
            String source = null;
            List<String> notes = List.of();
            List<RagPolicy> policyList = new ArrayList<>();
            String defaultPolicy = null;
            List<IndicatorEntry> entries = null;
            ActionPlan actionPlan = null;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                p.nextToken();
                switch (name) {
                    case "format":
                        checkFormat(p);
                        format = true;
                        break;
                    case "title":
                        title = text(p, "title");
                        break;
                    case "source":
                        source = text(p, "source");
                        break;
                    case "notes":
                        notes = readNotes(p);
                        break;
                    case "policies":
                        startArray(p, "policies");
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            policyList.add(policies.deserialize(p, ctxt));
                        }
                        break;
                    case "defaultPolicy":
                        defaultPolicy = text(p, "defaultPolicy");
                        break;
                    case "actionPlan":
                        actionPlan = ResultCodecs.ACTION_PLAN_DESERIALIZER.deserialize(p, ctxt);
                        break;
                    case "indicators":
                        startArray(p, "indicators");
                        entries = new ArrayList<>();
                        EntryDeserializer entryDeserializer = new EntryDeserializer();
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            entries.add(entryDeserializer.deserialize(p, ctxt));
                        }
                        break;
                    default:
                        unknownField(p, ctxt, "document", name, DOCUMENT_FIELDS);
                }
            }
            if (!format) {
                throw missing(p, "document", "format");
            }
            if (entries == null) {
                throw missing(p, "document", "indicators");
            }
            checkDefaultPolicy(p, defaultPolicy, policyList.stream().map(RagPolicy::name).toList());
            try {
                OutturnDocument document = OutturnDocument.of(title, source, notes, policyList, defaultPolicy, entries);
                return actionPlan == null ? document : document.withActionPlan(actionPlan);
            } catch (IllegalArgumentException ex) {
                throw invalid(p, "document", ex);
            }
        }
    }
}
