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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Rating;
import org.outturn.core.ReportingPeriod;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.RagStrategyRegistry;
import org.outturn.rules.Tolerances;
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

    static final class PolicySerializer extends ValueSerializer<RagPolicy> {
        @Override
        public void serialize(RagPolicy policy, JsonGenerator gen, SerializationContext ctxt) {
            String strategy = policy.strategyName().orElseThrow(() -> DatabindException.from(gen,
                    "Cannot write RAG policy '" + policy.name() + "': its strategy " + policy.strategy()
                            + " has no registry name; create the policy with RagPolicy.create(name, strategyName, "
                            + "parameters) or publish the strategy through a RagStrategyProvider"));
            gen.writeStartObject();
            gen.writeStringProperty("name", policy.name());
            gen.writeStringProperty("strategy", strategy);
            if (!policy.strategyParameters().isEmpty()) {
                gen.writeName("parameters");
                gen.writeStartObject();
                for (Map.Entry<String, String> parameter : policy.strategyParameters().entrySet()) {
                    gen.writeStringProperty(parameter.getKey(), parameter.getValue());
                }
                gen.writeEndObject();
            }
            if (policy.roundingDecimalPlaces().isPresent()) {
                gen.writeNumberProperty("roundingDecimalPlaces", policy.roundingDecimalPlaces().getAsInt());
                gen.writeStringProperty("roundingMode", policy.roundingMode().name());
            }
            gen.writeEndObject();
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
            Map<String, String> parameters = new LinkedHashMap<>();
            Map<String, Site> parameterSites = new LinkedHashMap<>();
            Integer places = null;
            RoundingMode mode = null;
            for (String field = p.nextName(); field != null; field = p.nextName()) {
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
                        startObject(p, "parameters");
                        for (String key = p.nextName(); key != null; key = p.nextName()) {
                            p.nextToken();
                            String value = text(p, "parameter");
                            checkTolerance(p, key, value);
                            parameters.put(key, value);
                            parameterSites.put(key, JsonInput.site(p));
                        }
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
                policy = RagPolicy.create(name, strategy, parameters, registry);
                policy = places == null ? policy : policy.withRounding(places, mode == null ? RoundingMode.HALF_UP : mode);
            } catch (IllegalArgumentException ex) {
                if (!registry.names().contains(strategy)) {
                    throw invalid(p, "strategy", strategySite, ex.getMessage() + didYouMean(strategy, registry.names()));
                }
                for (Map.Entry<String, Site> parameter : parameterSites.entrySet()) {
                    String key = parameter.getKey();
                    String message = ex.getMessage();
                    if (message.contains(" for " + key + " ") || message.contains("'" + parameters.get(key) + "'")) {
                        throw invalid(p, key, parameter.getValue(), parameterMessage(key, message));
                    }
                    if (message.contains("'" + key + "'")) {
                        throw invalid(p, "policy parameter", parameter.getValue(), message);
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
            return message.startsWith("Invalid tolerance '") ? "Invalid " + key
                    + message.substring("Invalid tolerance".length()) : message;
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
            DocumentScope scope = DocumentScope.of(ctxt);
            int problemsBefore = scope == null ? 0 : scope.problemCount();
            Indicator.Builder builder = Indicator.builder();
            boolean[] required = new boolean[5];
            List<Outturn> outturns = new ArrayList<>();
            Map<Outturn, Site> fractions = new LinkedHashMap<>();
            Map<ReportingPeriod, Rating> published = new LinkedHashMap<>();
            String[] policy = new String[1];
            List<List<String>> notes = new ArrayList<>(List.of(List.of()));
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                p.nextToken();
                String field = name;
                DocumentScope.attempt(p, ctxt, () -> readField(p, ctxt, scope, field, builder, required, outturns,
                        fractions, published, policy, notes));
            }
            if (scope != null && scope.problemCount() > problemsBefore) {
                throw new Problems.Reported();
            }
            Indicator indicator = ModelCodecs.buildIndicator(p, builder, required);
            for (Map.Entry<Outturn, Site> fraction : fractions.entrySet()) {
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
            if (scope != null && scope.problemCount() > problemsBefore) {
                throw new Problems.Reported();
            }
            try {
                return IndicatorEntry.of(indicator, outturns, policy[0], published, notes.get(0));
            } catch (IllegalArgumentException ex) {
                throw invalid(p, "indicator", ex);
            }
        }

        private static void readField(JsonParser p, DeserializationContext ctxt, DocumentScope scope, String name,
                Indicator.Builder builder, boolean[] required, List<Outturn> outturns, Map<Outturn, Site> fractions,
                Map<ReportingPeriod, Rating> published, String[] policy, List<List<String>> notes) {
            if (ModelCodecs.readIndicatorField(p, ctxt, name, builder, required)) {
                if (name.equals("code") && scope != null) {
                    scope.code(p, p.getString());
                }
                return;
            }
            switch (name) {
                case "policy":
                    policy[0] = text(p, "policy");
                    if (scope != null) {
                        scope.policyReference(p, policy[0]);
                    }
                    break;
                case "outturns":
                    ModelCodecs.readPeriodMap(p, ctxt, "outturns", period -> {
                        Site[] fraction = new Site[1];
                        Outturn outturn = ModelCodecs.readOutturn(p, ctxt, period, site -> fraction[0] = site);
                        outturns.add(outturn);
                        if (fraction[0] != null) {
                            fractions.put(outturn, fraction[0]);
                        }
                    });
                    break;
                case "published":
                    ModelCodecs.readPeriodMap(p, ctxt, "published",
                            period -> published.put(period, ModelCodecs.RATING_DESERIALIZER.deserialize(p, ctxt)));
                    break;
                case "notes":
                    notes.set(0, readNotes(p));
                    break;
                default:
                    unknownField(p, ctxt, "indicator", name, ENTRY_FIELDS);
            }
        }
    }

    // ---------------------------------------------------------------- OutturnDocument

    static final List<String> DOCUMENT_FIELDS = List.of("format", "title", "source", "notes", "policies",
            "indicators");

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
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                p.nextToken();
                if (name.equals("indicators")) {
                    scope.startIndicators(p);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        scope.attempt(p, () -> list.add(entries.deserialize(p, ctxt)));
                    }
                } else {
                    DocumentScope current = scope;
                    String field = name;
                    scope.attempt(p, () -> current.readField(p, field, q -> policies.deserialize(q, ctxt), strict));
                }
            }
            scope.finish(p);
            if (scope.problemCount() > 0) {
                throw new Problems.Reported();
            }
            try {
                return OutturnDocument.of(scope.title(), scope.source(), scope.notes(),
                        List.copyOf(scope.policies().values()), list);
            } catch (IllegalArgumentException ex) {
                throw invalid(p, "document", ex);
            }
        }
    }
}
