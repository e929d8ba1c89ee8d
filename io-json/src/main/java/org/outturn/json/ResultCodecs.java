package org.outturn.json;

import static org.outturn.json.JsonInput.decimal;
import static org.outturn.json.JsonInput.enumValue;
import static org.outturn.json.JsonInput.invalid;
import static org.outturn.json.JsonInput.missing;
import static org.outturn.json.JsonInput.startArray;
import static org.outturn.json.JsonInput.startObject;
import static org.outturn.json.JsonInput.text;
import static org.outturn.json.JsonInput.unknownField;
import static org.outturn.json.ModelCodecs.writeDecimal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.outturn.core.Decimals;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.core.UnratedReason;
import org.outturn.rules.plan.ActionPlan;
import org.outturn.rules.plan.ActionPlanItem;
import org.outturn.rules.plan.ActionStatus;
import org.outturn.rules.Assessment;
import org.outturn.rules.trend.Direction;
import org.outturn.rules.trend.DirectionOfTravel;
import org.outturn.rules.Scorecard;
import org.outturn.rules.Tally;
import org.outturn.rules.Tolerance;
import org.outturn.rules.Tolerances;
import org.outturn.rules.trend.Trend;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * The serializers and deserializers of the rules module's results: assessments, directions of
 * travel, tallies, scorecards and action plans.
 *
 * <p>Fields a result derives from its inputs (a direction of travel's {@code direction},
 * {@code trend}, changes and {@code explanation}; an assessment's {@code distance} and
 * {@code relativeDistance}; a tally's and a scorecard's {@code total}) are written for readers'
 * convenience. Reading rebuilds the result from its inputs through the public factories and rejects a
 * document whose derived fields, when present, disagree with the recomputed ones, naming the field,
 * the recorded value and the recomputed one.
 */
final class ResultCodecs {

    private ResultCodecs() {
    }

    // ---------------------------------------------------------------- helpers

    /** Fails unless a recorded derived field, when present, agrees with the recomputed value. */
    static void agree(JsonParser p, String what, String field, Object recorded, Optional<?> recomputed) {
        if (recorded == null) {
            return;
        }
        Object value = recomputed.orElse(null);
        boolean same = recorded instanceof BigDecimal a && value instanceof BigDecimal b ? Decimals.equal(a, b)
                : recorded.equals(value);
        if (!same) {
            throw invalid(p, what, "field '" + field + "' disagrees with the value recomputed from the inputs "
                    + "(recorded " + show(recorded) + ", recomputed " + show(value) + ")");
        }
    }

    private static String show(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof String text) {
            return "'" + text + "'";
        }
        return value.toString();
    }

    private static <T> T require(JsonParser p, String what, T value, String field) {
        if (value == null) {
            throw missing(p, what, field);
        }
        return value;
    }

    private static long count(JsonParser p, String what) {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw invalid(p, what, "expected a whole number, found " + JsonInput.describe(p));
        }
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw invalid(p, what, "count out of range (valid values 0 - " + Long.MAX_VALUE + "): " + p.getString());
        }
        long count = p.getLongValue();
        if (count < 0) {
            throw invalid(p, what, "count must not be negative: " + count);
        }
        return count;
    }

    /** Returns the enum constant named by a map key. */
    private static <E extends Enum<E>> E keyConstant(JsonParser p, Class<E> type, String what, String key) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(key)) {
                return constant;
            }
        }
        throw invalid(p, what, "unknown value '" + key + "' (accepted: " + List.of(type.getEnumConstants()) + ")");
    }

    /** Writes an enum constant by its name. */
    static final class EnumSerializer<E extends Enum<E>> extends ValueSerializer<E> {
        @Override
        public void serialize(E value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(value.name());
        }
    }

    /** Reads an enum constant by its exact name, naming the accepted names when it fails. */
    static final class EnumDeserializer<E extends Enum<E>> extends ValueDeserializer<E> {
        private final Class<E> type;
        private final String what;

        EnumDeserializer(Class<E> type, String what) {
            this.type = type;
            this.what = what;
        }

        @Override
        public E deserialize(JsonParser p, DeserializationContext ctxt) {
            return enumValue(p, type, what);
        }
    }

    // ---------------------------------------------------------------- Assessment

    static final List<String> ASSESSMENT_FIELDS = List.of("indicator", "outturn", "rating", "target", "tolerance",
            "greenTolerance", "judgedValue", "reference", "distance", "relativeDistance", "comparisonPeriod",
            "comparison", "explanation");

    /**
     * Writes an assessment: the indicator and the outturn in full, the rating, the target and the
     * tolerance and green tolerance (in their notation, {@code relative 5%}) when used, the judged value,
     * the reference and the distances when there are any, the earlier period and outturn a rule compared
     * with, and the explanation.
     */
    static final class AssessmentSerializer extends ValueSerializer<Assessment> {
        @Override
        public void serialize(Assessment assessment, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            gen.writeName("indicator");
            ModelCodecs.INDICATOR_SERIALIZER.serialize(assessment.indicator(), gen, ctxt);
            gen.writeName("outturn");
            ModelCodecs.OUTTURN_SERIALIZER.serialize(assessment.outturn(), gen, ctxt);
            gen.writeName("rating");
            ModelCodecs.RATING_SERIALIZER.serialize(assessment.rating(), gen, ctxt);
            if (assessment.target().isPresent()) {
                gen.writeName("target");
                ModelCodecs.TARGET_SERIALIZER.serialize(assessment.target().get(), gen, ctxt);
            }
            assessment.tolerance().ifPresent(tolerance -> gen.writeStringProperty("tolerance", tolerance.toString()));
            assessment.greenTolerance().ifPresent(green -> gen.writeStringProperty("greenTolerance", green.toString()));
            assessment.judgedValue().ifPresent(value -> writeDecimal(gen, "judgedValue", value));
            assessment.reference().ifPresent(value -> writeDecimal(gen, "reference", value));
            assessment.distance().ifPresent(value -> writeDecimal(gen, "distance", value));
            assessment.relativeDistance().ifPresent(value -> writeDecimal(gen, "relativeDistance", value));
            assessment.comparisonPeriod().ifPresent(period -> gen.writeStringProperty("comparisonPeriod",
                    period.toString()));
            if (assessment.comparison().isPresent()) {
                gen.writeName("comparison");
                ModelCodecs.OUTTURN_SERIALIZER.serialize(assessment.comparison().get(), gen, ctxt);
            }
            gen.writeStringProperty("explanation", assessment.explanation());
            gen.writeEndObject();
        }
    }

    /**
     * Reads an assessment with {@link Assessment#restored}: the parts and the recorded explanation are
     * kept; the distances, when given, must agree with the judged value and the reference.
     */
    static final class AssessmentDeserializer extends ValueDeserializer<Assessment> {
        @Override
        public Assessment deserialize(JsonParser p, DeserializationContext ctxt) {
            startObject(p, "assessment");
            Indicator indicator = null;
            Outturn outturn = null;
            Rating rating = null;
            Target target = null;
            Tolerance tolerance = null;
            Tolerance greenTolerance = null;
            ReportingPeriod comparisonPeriod = null;
            Outturn comparison = null;
            BigDecimal judgedValue = null;
            BigDecimal reference = null;
            BigDecimal distance = null;
            BigDecimal relativeDistance = null;
            String explanation = null;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                p.nextToken();
                switch (name) {
                    case "indicator":
                        indicator = ModelCodecs.INDICATOR_DESERIALIZER.deserialize(p, ctxt);
                        break;
                    case "outturn":
                        outturn = ModelCodecs.readOutturn(p, ctxt, null);
                        break;
                    case "rating":
                        rating = ModelCodecs.RATING_DESERIALIZER.deserialize(p, ctxt);
                        break;
                    case "target":
                        target = ModelCodecs.TARGET_DESERIALIZER.deserialize(p, ctxt);
                        break;
                    case "tolerance":
                        try {
                            tolerance = Tolerances.parse(text(p, "tolerance"));
                        } catch (IllegalArgumentException ex) {
                            throw invalid(p, "tolerance", ex);
                        }
                        break;
                    case "greenTolerance":
                        try {
                            greenTolerance = Tolerances.parse(text(p, "green tolerance"));
                        } catch (IllegalArgumentException ex) {
                            throw invalid(p, "green tolerance", ex);
                        }
                        break;
                    case "comparisonPeriod":
                        comparisonPeriod = ModelCodecs.period(p, text(p, "comparison period"));
                        break;
                    case "comparison":
                        comparison = ModelCodecs.readOutturn(p, ctxt, null);
                        break;
                    case "judgedValue":
                        judgedValue = decimal(p, "judged value");
                        break;
                    case "reference":
                        reference = decimal(p, "reference");
                        break;
                    case "distance":
                        distance = decimal(p, "distance");
                        break;
                    case "relativeDistance":
                        relativeDistance = decimal(p, "relative distance");
                        break;
                    case "explanation":
                        explanation = text(p, "explanation");
                        break;
                    default:
                        unknownField(p, ctxt, "assessment", name, ASSESSMENT_FIELDS);
                }
            }
            Assessment assessment = Assessment.restored(require(p, "assessment", indicator, "indicator"),
                    require(p, "assessment", outturn, "outturn"), require(p, "assessment", rating, "rating"), target,
                    tolerance, greenTolerance, judgedValue, reference, comparisonPeriod, comparison,
                    require(p, "assessment", explanation, "explanation"));
            agree(p, "assessment", "distance", distance, assessment.distance());
            agree(p, "assessment", "relativeDistance", relativeDistance, assessment.relativeDistance());
            return assessment;
        }
    }

    // ---------------------------------------------------------------- DirectionOfTravel

    static final List<String> DIRECTION_OF_TRAVEL_FIELDS = List.of("from", "to", "polarity", "unit",
            "noChangeThreshold", "direction", "trend", "absoluteChange", "percentageChange", "percentagePointChange",
            "explanation");

    /** Writes a direction of travel: its inputs, then the derived fields that are present. */
    static final class DirectionOfTravelSerializer extends ValueSerializer<DirectionOfTravel> {
        @Override
        public void serialize(DirectionOfTravel dot, JsonGenerator gen, SerializationContext ctxt) {
            ModelCodecs.OutturnSerializer outturns = ModelCodecs.OUTTURN_SERIALIZER;
            gen.writeStartObject();
            gen.writeName("from");
            outturns.serialize(dot.from(), gen, ctxt);
            gen.writeName("to");
            outturns.serialize(dot.to(), gen, ctxt);
            gen.writeStringProperty("polarity", dot.polarity().name());
            gen.writeStringProperty("unit", dot.unit().toString());
            writeDecimal(gen, "noChangeThreshold", dot.noChangeThreshold());
            dot.direction().ifPresent(direction -> gen.writeStringProperty("direction", direction.name()));
            gen.writeStringProperty("trend", dot.trend().name());
            dot.absoluteChange().ifPresent(value -> writeDecimal(gen, "absoluteChange", value));
            dot.percentageChange().ifPresent(value -> writeDecimal(gen, "percentageChange", value));
            dot.percentagePointChange().ifPresent(value -> writeDecimal(gen, "percentagePointChange", value));
            gen.writeStringProperty("explanation", dot.explanation());
            gen.writeEndObject();
        }
    }

    /**
     * Reads a direction of travel, recomputing it with {@link DirectionOfTravel#between} from
     * {@code from}, {@code to}, {@code polarity}, {@code unit} and {@code noChangeThreshold} (zero when
     * left out); the derived fields, when given, must agree.
     */
    static final class DirectionOfTravelDeserializer extends ValueDeserializer<DirectionOfTravel> {
        private static final String WHAT = "direction of travel";

        @Override
        public DirectionOfTravel deserialize(JsonParser p, DeserializationContext ctxt) {
            startObject(p, WHAT);
            Outturn from = null;
            Outturn to = null;
            Polarity polarity = null;
            Unit unit = null;
            BigDecimal threshold = BigDecimal.ZERO;
            Direction direction = null;
            Trend trend = null;
            BigDecimal absoluteChange = null;
            BigDecimal percentageChange = null;
            BigDecimal percentagePointChange = null;
            String explanation = null;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                p.nextToken();
                switch (name) {
                    case "from":
                        from = ModelCodecs.readOutturn(p, ctxt, null);
                        break;
                    case "to":
                        to = ModelCodecs.readOutturn(p, ctxt, null);
                        break;
                    case "polarity":
                        polarity = enumValue(p, Polarity.class, "polarity");
                        break;
                    case "unit":
                        unit = ModelCodecs.unit(p);
                        break;
                    case "noChangeThreshold":
                        threshold = decimal(p, "no-change threshold");
                        break;
                    case "direction":
                        direction = enumValue(p, Direction.class, "direction");
                        break;
                    case "trend":
                        trend = enumValue(p, Trend.class, "trend");
                        break;
                    case "absoluteChange":
                        absoluteChange = decimal(p, "absolute change");
                        break;
                    case "percentageChange":
                        percentageChange = decimal(p, "percentage change");
                        break;
                    case "percentagePointChange":
                        percentagePointChange = decimal(p, "percentage point change");
                        break;
                    case "explanation":
                        explanation = text(p, "explanation");
                        break;
                    default:
                        unknownField(p, ctxt, WHAT, name, DIRECTION_OF_TRAVEL_FIELDS);
                }
            }
            DirectionOfTravel dot;
            try {
                dot = DirectionOfTravel.between(require(p, WHAT, from, "from"), require(p, WHAT, to, "to"),
                        require(p, WHAT, polarity, "polarity"), require(p, WHAT, unit, "unit"), threshold);
            } catch (IllegalArgumentException ex) {
                throw invalid(p, WHAT, ex);
            }
            agree(p, WHAT, "direction", direction, dot.direction());
            agree(p, WHAT, "trend", trend, Optional.of(dot.trend()));
            agree(p, WHAT, "absoluteChange", absoluteChange, dot.absoluteChange());
            agree(p, WHAT, "percentageChange", percentageChange, dot.percentageChange());
            agree(p, WHAT, "percentagePointChange", percentagePointChange, dot.percentagePointChange());
            agree(p, WHAT, "explanation", explanation, Optional.of(dot.explanation()));
            return dot;
        }
    }

    // ---------------------------------------------------------------- Tally and Scorecard

    static final List<String> TALLY_FIELDS = List.of("rag", "unratedReason", "total");

    /**
     * Writes a tally as {@code {"rag": {"GREEN": 12, "AMBER": 10, "RED": 6}, "unratedReason":
     * {"NO_TARGET": 27}, "total": 55}}: the non-zero counts in the enums' order, a map left out when
     * it has none.
     */
    static void writeTally(JsonGenerator gen, Tally tally) {
        gen.writeStartObject();
        if (tally.rated() != 0) {
            gen.writeName("rag");
            gen.writeStartObject();
            for (Rag rag : Rag.values()) {
                if (tally.count(rag) != 0) {
                    gen.writeNumberProperty(rag.name(), tally.count(rag));
                }
            }
            gen.writeEndObject();
        }
        if (tally.unrated() != 0) {
            gen.writeName("unratedReason");
            gen.writeStartObject();
            for (UnratedReason reason : UnratedReason.values()) {
                if (tally.count(reason) != 0) {
                    gen.writeNumberProperty(reason.name(), tally.count(reason));
                }
            }
            gen.writeEndObject();
        }
        gen.writeNumberProperty("total", tally.total());
        gen.writeEndObject();
    }

    /** Reads a tally with {@link Tally#ofCounts}; the total, when given, must agree. */
    static Tally readTally(JsonParser p, DeserializationContext ctxt) {
        startObject(p, "tally");
        Map<Rag, Long> byRag = new EnumMap<>(Rag.class);
        Map<UnratedReason, Long> byReason = new EnumMap<>(UnratedReason.class);
        Long total = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            switch (name) {
                case "rag":
                    startObject(p, "rag counts");
                    for (String key = p.nextName(); key != null; key = p.nextName()) {
                        Rag rag = keyConstant(p, Rag.class, "rag", key);
                        p.nextToken();
                        byRag.put(rag, count(p, "count"));
                    }
                    break;
                case "unratedReason":
                    startObject(p, "unrated counts");
                    for (String key = p.nextName(); key != null; key = p.nextName()) {
                        UnratedReason reason = keyConstant(p, UnratedReason.class, "unrated reason", key);
                        p.nextToken();
                        byReason.put(reason, count(p, "count"));
                    }
                    break;
                case "total":
                    total = count(p, "total");
                    break;
                default:
                    unknownField(p, ctxt, "tally", name, TALLY_FIELDS);
            }
        }
        Tally tally;
        try {
            tally = Tally.ofCounts(byRag, byReason);
        } catch (IllegalArgumentException ex) {
            throw invalid(p, "tally", ex);
        }
        agree(p, "tally", "total", total, Optional.of(tally.total()));
        return tally;
    }

    static final class TallySerializer extends ValueSerializer<Tally> {
        @Override
        public void serialize(Tally tally, JsonGenerator gen, SerializationContext ctxt) {
            writeTally(gen, tally);
        }
    }

    static final class TallyDeserializer extends ValueDeserializer<Tally> {
        @Override
        public Tally deserialize(JsonParser p, DeserializationContext ctxt) {
            return readTally(p, ctxt);
        }
    }

    static final List<String> SCORECARD_FIELDS = List.of("groups", "total");

    /**
     * Writes a scorecard as {@code {"groups": {"Place": {tally}, ...}, "total": {tally}}}, the groups in
     * order, each key as its {@code toString()}.
     */
    @SuppressWarnings("rawtypes")
    static final class ScorecardSerializer extends ValueSerializer<Scorecard> {
        @Override
        public void serialize(Scorecard scorecard, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            gen.writeName("groups");
            gen.writeStartObject();
            for (Object entry : scorecard.groups().entrySet()) {
                Map.Entry<?, ?> group = (Map.Entry<?, ?>) entry;
                gen.writeName(group.getKey().toString());
                writeTally(gen, (Tally) group.getValue());
            }
            gen.writeEndObject();
            gen.writeName("total");
            writeTally(gen, scorecard.total());
            gen.writeEndObject();
        }
    }

    /**
     * Reads a {@code Scorecard<String>} with {@link Scorecard#ofTallies}; the total, when given, must
     * agree with the sum of the groups.
     */
    @SuppressWarnings("rawtypes")
    static final class ScorecardDeserializer extends ValueDeserializer<Scorecard> {
        @Override
        public Scorecard<String> deserialize(JsonParser p, DeserializationContext ctxt) {
            startObject(p, "scorecard");
            Map<String, Tally> groups = null;
            Tally total = null;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                p.nextToken();
                switch (name) {
                    case "groups":
                        startObject(p, "groups");
                        groups = new LinkedHashMap<>();
                        for (String key = p.nextName(); key != null; key = p.nextName()) {
                            p.nextToken();
                            groups.put(key, readTally(p, ctxt));
                        }
                        break;
                    case "total":
                        total = readTally(p, ctxt);
                        break;
                    default:
                        unknownField(p, ctxt, "scorecard", name, SCORECARD_FIELDS);
                }
            }
            Scorecard<String> scorecard;
            try {
                scorecard = Scorecard.ofTallies(require(p, "scorecard", groups, "groups"));
            } catch (IllegalArgumentException ex) {
                throw invalid(p, "scorecard", ex);
            }
            agree(p, "scorecard", "total", total, Optional.of(scorecard.total()));
            return scorecard;
        }
    }

    // ---------------------------------------------------------------- ActionPlan

    static final List<String> ITEM_FIELDS = List.of("directorate", "reference", "activity", "status", "ceasedReason");

    static final class ActionPlanItemSerializer extends ValueSerializer<ActionPlanItem> {
        @Override
        public void serialize(ActionPlanItem item, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            gen.writeStringProperty("directorate", item.directorate());
            gen.writeStringProperty("reference", item.reference());
            gen.writeStringProperty("activity", item.activity());
            gen.writeStringProperty("status", item.status().name());
            item.ceasedReason().ifPresent(reason -> gen.writeStringProperty("ceasedReason", reason));
            gen.writeEndObject();
        }
    }

    static final class ActionPlanItemDeserializer extends ValueDeserializer<ActionPlanItem> {
        private static final String WHAT = "action plan item";

        @Override
        public ActionPlanItem deserialize(JsonParser p, DeserializationContext ctxt) {
            startObject(p, WHAT);
            String directorate = null;
            String reference = null;
            String activity = null;
            ActionStatus status = null;
            String ceasedReason = null;
            JsonInput.SeenNames fields = new JsonInput.SeenNames();
            for (String name = fields.next(p); name != null; name = fields.next(p)) {
                p.nextToken();
                switch (name) {
                    case "directorate":
                        directorate = text(p, "directorate");
                        break;
                    case "reference":
                        reference = text(p, "reference");
                        break;
                    case "activity":
                        activity = text(p, "activity");
                        break;
                    case "status":
                        status = enumValue(p, ActionStatus.class, "action status");
                        break;
                    case "ceasedReason":
                        ceasedReason = text(p, "ceased reason");
                        break;
                    default:
                        unknownField(p, ctxt, WHAT, name, ITEM_FIELDS);
                }
            }
            require(p, WHAT, directorate, "directorate");
            require(p, WHAT, reference, "reference");
            require(p, WHAT, activity, "activity");
            require(p, WHAT, status, "status");
            try {
                return ceasedReason == null ? ActionPlanItem.of(directorate, reference, activity, status)
                        : ActionPlanItem.of(directorate, reference, activity, status, ceasedReason);
            } catch (IllegalArgumentException ex) {
                throw invalid(p, WHAT, ex);
            }
        }
    }

    static final List<String> PLAN_FIELDS = List.of("items");

    /** The codecs of an action plan, shared: they are stateless. */
    static final ActionPlanSerializer ACTION_PLAN_SERIALIZER = new ActionPlanSerializer();
    static final ActionPlanDeserializer ACTION_PLAN_DESERIALIZER = new ActionPlanDeserializer();

    /** Writes a plan as {@code {"items": [...]}}, the items in order, repeats included. */
    static final class ActionPlanSerializer extends ValueSerializer<ActionPlan> {
        @Override
        public void serialize(ActionPlan plan, JsonGenerator gen, SerializationContext ctxt) {
            ActionPlanItemSerializer items = new ActionPlanItemSerializer();
            gen.writeStartObject();
            gen.writeName("items");
            gen.writeStartArray();
            for (ActionPlanItem item : plan.items()) {
                items.serialize(item, gen, ctxt);
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
    }

    static final class ActionPlanDeserializer extends ValueDeserializer<ActionPlan> {
        @Override
        public ActionPlan deserialize(JsonParser p, DeserializationContext ctxt) {
            startObject(p, "action plan");
            List<ActionPlanItem> items = null;
            JsonInput.SeenNames fields = new JsonInput.SeenNames();
            for (String name = fields.next(p); name != null; name = fields.next(p)) {
                p.nextToken();
                if (name.equals("items")) {
                    startArray(p, "items");
                    items = new ArrayList<>();
                    ActionPlanItemDeserializer reader = new ActionPlanItemDeserializer();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        items.add(reader.deserialize(p, ctxt));
                    }
                } else {
                    unknownField(p, ctxt, "action plan", name, PLAN_FIELDS);
                }
            }
            return ActionPlan.of(Objects.requireNonNull(require(p, "action plan", items, "items")));
        }
    }
}
