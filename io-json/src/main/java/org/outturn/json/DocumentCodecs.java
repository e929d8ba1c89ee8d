package org.outturn.json;

import static org.outturn.json.JsonInput.didYouMean;
import static org.outturn.json.JsonInput.invalid;
import static org.outturn.json.JsonInput.missing;
import static org.outturn.json.JsonInput.startArray;
import static org.outturn.json.JsonInput.startObject;
import static org.outturn.json.JsonInput.text;
import static org.outturn.json.JsonInput.unknownField;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Rating;
import org.outturn.core.ReportingPeriod;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.RagStrategyRegistry;
import org.outturn.rules.StrategySpec;
import org.outturn.rules.Tolerances;
import org.outturn.rules.plan.ActionPlan;
import org.outturn.json.JsonInput.Site;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
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
    private static final JsonFields STRATEGY = new JsonFields("strategy", STRATEGY_FIELDS);

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
        return readParameters(p, ctxt, null);
    }

    /**
     * Reads a parameters object as {@link #readParameters(JsonParser, DeserializationContext)} does,
     * noting where each string parameter was read, so that a bad one is reported there.
     *
     * @param sites  where to note each string parameter's location, or null
     */
    static Map<String, Object> readParameters(JsonParser p, DeserializationContext ctxt, Map<String, Site> sites) {
        startObject(p, "parameters");
        Map<String, Object> parameters = new LinkedHashMap<>();
        JsonInput.SeenNames keys = new JsonInput.SeenNames();
        for (String key = keys.next(p); key != null; key = keys.next(p)) {
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
                PolicyDeserializer.checkTolerance(p, key, p.getString());
                parameters.put(key, p.getString());
                if (sites != null) {
                    sites.put(key, JsonInput.site(p));
                }
            } else {
                throw invalid(p, "parameter", "expected a string, a strategy object or an array of strategy objects, "
                        + "found " + JsonInput.describe(p));
            }
        }
        return parameters;
    }

    /** The fields of one strategy object as they are read. */
    private static final class StrategyFields implements JsonFields.Reader {
        private final JsonParser p;
        private final DeserializationContext ctxt;
        String name;
        Map<String, Object> parameters = Map.of();

        StrategyFields(JsonParser p, DeserializationContext ctxt) {
            this.p = p;
            this.ctxt = ctxt;
        }

        @Override
        public boolean field(String field) {
            switch (field) {
                case "strategy":
                    name = text(p, "strategy");
                    return true;
                case "parameters":
                    parameters = readParameters(p, ctxt);
                    return true;
                default:
                    return false;
            }
        }
    }

    /** Reads a strategy object, {@code {"strategy": "<registry name>", "parameters": {...}}}. */
    static StrategySpec readStrategy(JsonParser p, DeserializationContext ctxt) {
        StrategyFields fields = new StrategyFields(p, ctxt);
        STRATEGY.read(p, ctxt, fields);
        String name = fields.name;
        Map<String, Object> parameters = fields.parameters;
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
            Site policySite = JsonInput.site(p);
            String name = null;
            Site nameSite = null;
            String strategy = null;
            Site strategySite = null;
            Map<String, Object> parameters = Map.of();
            Map<String, Site> parameterSites = new LinkedHashMap<>();
            Integer places = null;
            RoundingMode mode = null;
            JsonInput.SeenNames fields = new JsonInput.SeenNames();
            for (String field = fields.next(p); field != null; field = fields.next(p)) {
                p.nextToken();
                switch (field) {
                    case "name":
                        name = text(p, "policy name");
                        nameSite = JsonInput.site(p);
                        if (DocumentScope.of(ctxt) != null) {
                            DocumentScope.of(ctxt).policyName(name);
                        }
                        break;
                    case "strategy":
                        strategy = text(p, "strategy");
                        strategySite = JsonInput.site(p);
                        break;
                    case "parameters":
                        parameters = readParameters(p, ctxt, parameterSites);
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
            RagPolicy policy;
            try {
                policy = RagPolicy.of(name, StrategySpec.of(strategy, parameters), registry);
                policy = places == null ? policy : policy.withRounding(places, mode == null ? RoundingMode.HALF_UP : mode);
            } catch (IllegalArgumentException ex) {
                if (!registry.names().contains(strategy)) {
                    throw invalid(p, "strategy", strategySite, ex.getMessage() + didYouMean(strategy, registry.names()));
                }
                String message = ex.getMessage();
                // A problem with one parameter is reported at it: first by the parameter's name in the
                // message, then by its value.
                for (Map.Entry<String, Site> parameter : parameterSites.entrySet()) {
                    String key = parameter.getKey();
                    if (message.startsWith("Unknown parameter") && message.contains(": '" + key + "'")) {
                        throw invalid(p, "policy parameter", parameter.getValue(), message);
                    }
                    if (message.contains("parameter '" + key + "'") || message.contains(" for " + key + " ")) {
                        throw invalid(p, key, parameter.getValue(), parameterMessage(key, message));
                    }
                }
                for (Map.Entry<String, Site> parameter : parameterSites.entrySet()) {
                    String key = parameter.getKey();
                    if (message.contains("'" + parameters.get(key) + "'")) {
                        throw invalid(p, key, parameter.getValue(), parameterMessage(key, message));
                    }
                }
                throw invalid(p, "policy", policySite, ex.getMessage());
            }
            DocumentScope scope = DocumentScope.of(ctxt);
            if (scope != null) {
                scope.addPolicy(p, policy, nameSite);
            }
            return policy;
        }

        /**
         * Reads a parameter in a tolerance's notation ({@code relative 5%}, {@code absolute 1.5}) on its
         * own, so that a bad one is reported at the parameter and by its name: a bad margin as a margin.
         */
        private static void checkTolerance(JsonParser p, String key, String value) {
            String notation = value.strip();
            if (notation.startsWith("relative ") || notation.startsWith("absolute ")) {
                try {
                    Tolerances.parse(notation);
                } catch (IllegalArgumentException ex) {
                    throw invalid(p, key, parameterMessage(key, ex.getMessage()));
                }
            }
        }

        /** Names a parameter in a tolerance's message by its own name: a bad margin is a bad margin. */
        private static String parameterMessage(String key, String message) {
            int tolerance = message.indexOf("Invalid tolerance '");
            return tolerance >= 0 ? "Invalid " + key + message.substring(tolerance + "Invalid tolerance".length())
                    : message;
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
            Notations notations = Notations.of(ctxt);
            ModelCodecs.writeIndicatorFields(gen, ctxt, notations, entry.indicator());
            Optional<String> single = entry.policy();
            if (single.isPresent()) {
                gen.writeStringProperty("policy", single.get());
            }
            if (!entry.policiesByPeriod().isEmpty()) {
                gen.writeName("policy");
                gen.writeStartObject();
                entry.policiesByPeriod().forEach((period, policy) -> {
                    notations.writeName(gen, period);
                    gen.writeString(policy);
                });
                gen.writeEndObject();
            }
            if (!entry.outturns().isEmpty()) {
                gen.writeName("outturns");
                gen.writeStartObject();
                entry.outturns().forEach((period, outturn) -> {
                    notations.writeName(gen, period);
                    gen.writeStartObject();
                    ModelCodecs.writeOutturnFields(gen, outturn);
                    gen.writeEndObject();
                });
                gen.writeEndObject();
            }
            if (!entry.published().isEmpty()) {
                gen.writeName("published");
                gen.writeStartObject();
                entry.published().forEach((period, rating) -> {
                    notations.writeName(gen, period);
                    ModelCodecs.RATING_SERIALIZER.serialize(rating, gen, ctxt);
                });
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
        private static final JsonFields FIELDS = new JsonFields("indicator", ENTRY_FIELDS);

        /** The fields of one indicator entry as they are read. */
        private static final class Fields implements JsonFields.Reader {
            private final JsonParser p;
            private final DeserializationContext ctxt;
            private final DocumentScope scope;
            final Indicator.Builder builder = Indicator.builder();
            final boolean[] required = new boolean[5];
            final List<Outturn> outturns = new ArrayList<>();
            /** The outturns with a fraction, and where it was read; null until there is one. */
            Map<Outturn, Site> fractions;
            /** The fields of the outturn being read, one object for all; null until the first. */
            private ModelCodecs.OutturnFields outturnFields;
            Map<ReportingPeriod, Rating> published;
            String policy;
            Map<ReportingPeriod, String> policies;
            List<String> notes = List.of();

            Fields(JsonParser p, DeserializationContext ctxt, DocumentScope scope) {
                this.p = p;
                this.ctxt = ctxt;
                this.scope = scope;
            }

            @Override
            public boolean field(String name) {
                if (ModelCodecs.readIndicatorField(p, ctxt, name, builder, required)) {
                    if (name.equals("code") && scope != null) {
                        scope.code(p, p.getString());
                    }
                    return true;
                }
                switch (name) {
                    case "policy":
                        if (p.currentToken() == JsonToken.START_OBJECT) {
                            // A policy per period: {"2023/24": "tolerance-5", "2024/25": "tolerance-10"}.
                            Map<ReportingPeriod, String> byPeriod = new LinkedHashMap<>();
                            ModelCodecs.readPeriodMap(p, ctxt, "policy", period -> {
                                String named = text(p, "policy");
                                if (scope != null) {
                                    scope.policyReference(p, named);
                                }
                                byPeriod.put(period, named);
                            });
                            policies = byPeriod;
                        } else {
                            policy = text(p, "policy");
                            if (scope != null) {
                                scope.policyReference(p, policy);
                            }
                        }
                        return true;
                    case "outturns":
                        ModelCodecs.readPeriodMap(p, ctxt, "outturns", this::outturn);
                        return true;
                    case "published":
                        Map<ReportingPeriod, Rating> ratings = new LinkedHashMap<>();
                        published = ratings;
                        ModelCodecs.readPeriodMap(p, ctxt, "published",
                                period -> ratings.put(period, ModelCodecs.RATING_DESERIALIZER.deserialize(p, ctxt)));
                        return true;
                    case "notes":
                        notes = readNotes(p);
                        return true;
                    default:
                        return false;
                }
            }

            private void outturn(ReportingPeriod period) {
                if (outturnFields == null) {
                    outturnFields = new ModelCodecs.OutturnFields(p, ctxt);
                }
                Outturn outturn = ModelCodecs.readOutturn(p, ctxt, period, null, outturnFields);
                Site fraction = outturnFields.fractionSite();
                if (fraction != null) {
                    if (fractions == null) {
                        fractions = new LinkedHashMap<>();
                    }
                    fractions.put(outturn, fraction);
                }
                outturns.add(outturn);
            }
        }

        @Override
        public IndicatorEntry deserialize(JsonParser p, DeserializationContext ctxt) {
            DocumentScope scope = DocumentScope.of(ctxt);
            int problemsBefore = scope == null ? 0 : scope.problemCount();
            Fields fields = new Fields(p, ctxt, scope);
            FIELDS.readEach(p, ctxt, fields);
            if (scope != null && scope.problemCount() > problemsBefore) {
                throw new Problems.Reported();
            }
            Indicator indicator = ModelCodecs.buildIndicator(p, fields.builder, fields.required);
            if (fields.fractions != null) {
                for (Map.Entry<Outturn, Site> fraction : fields.fractions.entrySet()) {
                    // The unit may come after the outturns: their fractions are checked once the indicator is known.
                    DocumentScope.attempt(p, ctxt, () -> {
                        try {
                            indicator.unit().checkFraction(fraction.getKey().value().orElseThrow(),
                                    fraction.getKey().fraction().orElseThrow());
                        } catch (IllegalArgumentException ex) {
                            throw invalid(p, "fraction", fraction.getValue(), ex.getMessage());
                        }
                    });
                }
            }
            if (scope != null && scope.problemCount() > problemsBefore) {
                throw new Problems.Reported();
            }
            try {
                IndicatorEntry entry = IndicatorEntry.of(indicator, fields.outturns, fields.policy,
                        fields.published == null ? Map.of() : fields.published, fields.notes);
                return fields.policies == null ? entry : entry.withPoliciesByPeriod(fields.policies);
            } catch (IllegalArgumentException ex) {
                throw invalid(p, "indicator", ex);
            }
        }
    }

    // ---------------------------------------------------------------- OutturnDocument

    static final List<String> DOCUMENT_FIELDS = List.of("format", "title", "source", "notes", "policies",
            "defaultPolicy", "actionPlan", "indicators");

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

    static final class DocumentDeserializer extends ValueDeserializer<OutturnDocument> {
        private final PolicyDeserializer policies;
        private final EntryDeserializer entries = new EntryDeserializer();

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
            DocumentScope scope = DocumentScope.of(ctxt);
            if (scope == null) {
                scope = new DocumentScope(false, null);
                ctxt.setAttribute(DocumentScope.ATTRIBUTE, scope);
            }
            startObject(p, "document");
            boolean strict = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            List<IndicatorEntry> list = new ArrayList<>();
            JsonInput.SeenNames fields = new JsonInput.SeenNames();
            for (String name = fields.next(p); name != null; name = fields.next(p)) {
                p.nextToken();
                if (name.equals("indicators")) {
                    scope.startIndicators(p);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        scope.attempt(p, () -> list.add(entries.deserialize(p, ctxt)));
                    }
                } else {
                    DocumentScope current = scope;
                    String field = name;
                    scope.attempt(p, () -> current.readField(p, field, q -> policies.deserialize(q, ctxt),
                            q -> ResultCodecs.ACTION_PLAN_DESERIALIZER.deserialize(q, ctxt), strict));
                }
            }
            scope.finish(p);
            if (scope.problemCount() > 0) {
                throw new Problems.Reported();
            }
            try {
                OutturnDocument document = OutturnDocument.of(scope.title(), scope.source(), scope.notes(),
                        List.copyOf(scope.policies().values()), scope.defaultPolicy(), list);
                return scope.actionPlan() == null ? document : document.withActionPlan(scope.actionPlan());
            } catch (IllegalArgumentException ex) {
                throw invalid(p, "document", ex);
            }
        }
    }
}
