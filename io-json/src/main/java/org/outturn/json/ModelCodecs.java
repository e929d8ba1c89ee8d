package org.outturn.json;

import static org.outturn.json.JsonInput.decimal;
import static org.outturn.json.JsonInput.enumValue;
import static org.outturn.json.JsonInput.invalid;
import static org.outturn.json.JsonInput.missing;
import static org.outturn.json.JsonInput.startArray;
import static org.outturn.json.JsonInput.startObject;
import static org.outturn.json.JsonInput.text;
import static org.outturn.json.JsonInput.unknownField;

import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.outturn.core.Benchmark;
import org.outturn.core.BenchmarkGroup;
import org.outturn.core.ConfidenceInterval;
import org.outturn.core.ConfidenceLevel;
import org.outturn.core.Fraction;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.MeasureType;
import org.outturn.core.MissingReason;
import org.outturn.core.Outturn;
import org.outturn.core.OutturnFlag;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.core.UnratedReason;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * The hand-written serializers and deserializers of the core model. Deserializers call the
 * model's public factories and builders, so every validation rule runs on input, and report a
 * rule broken as an error at the JSON location.
 */
final class ModelCodecs {

    static final String PERIOD_NOTATIONS = "2024/25, 2024/25 Q1, Apr-2024, 2024, 2024/25 AY, 2024/25-2025/26, "
            + "2024/25 YTD Sep-2024";

    /** The stateless codecs that other codecs call for nested values, shared rather than made per value. */
    static final TargetSerializer TARGET_SERIALIZER = new TargetSerializer();
    static final TargetDeserializer TARGET_DESERIALIZER = new TargetDeserializer();
    static final BenchmarkSerializer BENCHMARK_SERIALIZER = new BenchmarkSerializer();
    static final BenchmarkDeserializer BENCHMARK_DESERIALIZER = new BenchmarkDeserializer();
    static final RatingSerializer RATING_SERIALIZER = new RatingSerializer();
    static final RatingDeserializer RATING_DESERIALIZER = new RatingDeserializer();
    static final OutturnSerializer OUTTURN_SERIALIZER = new OutturnSerializer();
    static final IndicatorSerializer INDICATOR_SERIALIZER = new IndicatorSerializer();
    static final IndicatorDeserializer INDICATOR_DESERIALIZER = new IndicatorDeserializer();

    private ModelCodecs() {
    }

    // ---------------------------------------------------------------- writing helpers

    /** Writes a decimal exactly as it is, scale included and without exponent: {@code 97.30}. */
    static void writeDecimal(JsonGenerator gen, BigDecimal value) {
        gen.writeNumber(value.toPlainString());
    }

    static void writeDecimal(JsonGenerator gen, String name, BigDecimal value) {
        gen.writeName(name);
        writeDecimal(gen, value);
    }

    // ---------------------------------------------------------------- scalars

    /** Reads a reporting period from its notation, naming the accepted notations when it fails. */
    static ReportingPeriod period(JsonParser p, String text) {
        try {
            return ReportingPeriod.parse(text);
        } catch (DateTimeParseException ex) {
            String message = ex.getMessage();
            if (!message.contains("accepted notations")) {
                message += " (accepted notations: " + PERIOD_NOTATIONS + ")";
            }
            throw invalid(p, "period", message);
        }
    }

    /** Writes any value as its canonical notation, {@code toString()}. */
    static final class NotationSerializer<T> extends ValueSerializer<T> {
        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(value.toString());
        }
    }

    /** Writes a map key as its canonical notation. */
    static final class NotationKeySerializer<T> extends ValueSerializer<T> {
        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeName(value.toString());
        }
    }

    /** Reads a value from its notation with the type's {@code parse}. */
    static final class NotationDeserializer<T> extends ValueDeserializer<T> {
        private final String what;
        private final Function<String, T> parse;

        NotationDeserializer(String what, Function<String, T> parse) {
            this.what = what;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            String notation = text(p, what);
            try {
                return parse.apply(notation);
            } catch (IllegalArgumentException ex) {
                throw invalid(p, what, ex);
            }
        }
    }

    /** Reads a period of any kind, or of one kind (then checked). */
    static final class PeriodDeserializer<T extends ReportingPeriod> extends ValueDeserializer<T> {
        private final Class<T> kind;

        PeriodDeserializer(Class<T> kind) {
            this.kind = kind;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            ReportingPeriod period = period(p, text(p, "period"));
            if (!kind.isInstance(period)) {
                throw invalid(p, "period", "expected a " + kind.getSimpleName() + ", found '" + period + "'");
            }
            return kind.cast(period);
        }
    }

    /** Reads a period used as a map key. */
    static final class PeriodKeyDeserializer extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) {
            return period(ctxt.getParser(), key);
        }
    }

    static Unit unit(JsonParser p) {
        try {
            return Unit.parse(text(p, "unit"));
        } catch (IllegalArgumentException ex) {
            throw invalid(p, "unit", ex);
        }
    }

    // ---------------------------------------------------------------- Target

    static final List<String> TARGET_KINDS = List.of("single", "thresholds", "band", "relativeToBenchmark", "none");

    static final class TargetSerializer extends ValueSerializer<Target> {
        @Override
        public void serialize(Target target, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            if (target instanceof Target.Single single) {
                gen.writeStringProperty("kind", "single");
                writeDecimal(gen, "value", single.value());
            } else if (target instanceof Target.Thresholds thresholds) {
                gen.writeStringProperty("kind", "thresholds");
                writeDecimal(gen, "green", thresholds.green());
                writeDecimal(gen, "red", thresholds.red());
            } else if (target instanceof Target.Band band) {
                gen.writeStringProperty("kind", "band");
                writeDecimal(gen, "lowInclusive", band.lowInclusive());
                writeDecimal(gen, "highInclusive", band.highInclusive());
            } else if (target instanceof Target.RelativeToBenchmark relative) {
                gen.writeStringProperty("kind", "relativeToBenchmark");
                gen.writeStringProperty("group", relative.group().name());
            } else {
                gen.writeStringProperty("kind", "none");
                gen.writeStringProperty("wording", ((Target.None) target).wording());
            }
            gen.writeEndObject();
        }
    }

    static final class TargetDeserializer extends ValueDeserializer<Target> {
        private static final List<String> FIELDS =
                List.of("kind", "value", "green", "red", "lowInclusive", "highInclusive", "group", "wording");

        @Override
        public Target deserialize(JsonParser p, DeserializationContext ctxt) {
            startObject(p, "target");
            String kind = null;
            BigDecimal value = null;
            BigDecimal green = null;
            BigDecimal red = null;
            BigDecimal low = null;
            BigDecimal high = null;
            String group = null;
            String wording = null;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                p.nextToken();
                switch (name) {
                    case "kind":
                        kind = text(p, "target kind");
                        if (!TARGET_KINDS.contains(kind)) {
                            throw invalid(p, "target kind", "unknown kind '" + kind + "' (accepted: " + TARGET_KINDS
                                    + ")");
                        }
                        break;
                    case "value":
                        value = decimal(p, "target value");
                        break;
                    case "green":
                        green = decimal(p, "green threshold");
                        break;
                    case "red":
                        red = decimal(p, "red threshold");
                        break;
                    case "lowInclusive":
                        low = decimal(p, "band");
                        break;
                    case "highInclusive":
                        high = decimal(p, "band");
                        break;
                    case "group":
                        group = text(p, "benchmark group");
                        break;
                    case "wording":
                        wording = text(p, "target wording");
                        break;
                    default:
                        unknownField(p, ctxt, "target", name, FIELDS);
                }
            }
            if (kind == null) {
                throw missing(p, "target", "kind");
            }
            checkKindFields(p, kind, value, green, red, low, high, group, wording);
            try {
                switch (kind) {
                    case "single":
                        return Target.single(require(p, value, "value"));
                    case "thresholds":
                        return Target.thresholds(require(p, green, "green"), require(p, red, "red"));
                    case "band":
                        return Target.band(require(p, low, "lowInclusive"), require(p, high, "highInclusive"));
                    case "relativeToBenchmark":
                        return Target.relativeTo(BenchmarkGroup.of(require(p, group, "group")));
                    default:
                        return Target.none(require(p, wording, "wording"));
                }
            } catch (IllegalArgumentException ex) {
                throw invalid(p, "target", ex);
            }
        }

        /** Refuses a field that belongs to another kind of target, rather than dropping it. */
        private static void checkKindFields(JsonParser p, String kind, Object... values) {
            List<String> fields = List.of("value", "green", "red", "lowInclusive", "highInclusive", "group", "wording");
            List<String> allowed;
            switch (kind) {
                case "single":
                    allowed = List.of("value");
                    break;
                case "thresholds":
                    allowed = List.of("green", "red");
                    break;
                case "band":
                    allowed = List.of("lowInclusive", "highInclusive");
                    break;
                case "relativeToBenchmark":
                    allowed = List.of("group");
                    break;
                default:
                    allowed = List.of("wording");
                    break;
            }
            for (int i = 0; i < fields.size(); i++) {
                if (values[i] != null && !allowed.contains(fields.get(i))) {
                    throw invalid(p, "target", "field '" + fields.get(i) + "' does not belong to a " + kind
                            + " target (its fields: " + allowed + ")");
                }
            }
        }

        private static <T> T require(JsonParser p, T value, String field) {
            if (value == null) {
                throw missing(p, "target", field);
            }
            return value;
        }
    }

    // ---------------------------------------------------------------- Outturn

    static final List<String> OUTTURN_FIELDS =
            List.of("period", "value", "fraction", "missingReason", "note", "flags", "confidenceIntervals");

    /** Writes an outturn; inside a map keyed by period the period is left out. */
    static void writeOutturnFields(JsonGenerator gen, Outturn outturn) {
        outturn.value().ifPresent(value -> writeDecimal(gen, "value", value));
        outturn.fraction().ifPresent(fraction -> gen.writeStringProperty("fraction", fraction.toString()));
        outturn.missingReason().ifPresent(reason -> gen.writeStringProperty("missingReason", reason.name()));
        outturn.note().ifPresent(note -> gen.writeStringProperty("note", note));
        if (!outturn.flags().isEmpty()) {
            gen.writeName("flags");
            gen.writeStartArray();
            for (OutturnFlag flag : OutturnFlag.values()) {
                if (outturn.flags().contains(flag)) {
                    gen.writeString(flag.name());
                }
            }
            gen.writeEndArray();
        }
        writeConfidenceIntervals(gen, outturn);
    }

    static final class OutturnSerializer extends ValueSerializer<Outturn> {
        @Override
        public void serialize(Outturn outturn, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            gen.writeStringProperty("period", outturn.period().toString());
            writeOutturnFields(gen, outturn);
            gen.writeEndObject();
        }
    }

    /**
     * Reads an outturn object. With a period given (the key of a map of outturns) the object must not
     * name one; without, it must.
     */
    static Outturn readOutturn(JsonParser p, DeserializationContext ctxt, ReportingPeriod keyPeriod) {
        startObject(p, "outturn");
        Outturn.Builder builder = Outturn.builder();
        ReportingPeriod period = keyPeriod;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            switch (name) {
                case "period":
                    if (keyPeriod != null) {
                        unknownField(p, ctxt, "outturn", name, OUTTURN_FIELDS.subList(1, OUTTURN_FIELDS.size()));
                    } else {
                        period = period(p, text(p, "period"));
                    }
                    break;
                case "value":
                    builder.value(decimal(p, "outturn value"));
                    break;
                case "fraction":
                    try {
                        builder.fraction(Fraction.parse(text(p, "fraction")));
                    } catch (IllegalArgumentException ex) {
                        throw invalid(p, "fraction", ex);
                    }
                    break;
                case "missingReason":
                    builder.missingReason(enumValue(p, MissingReason.class, "missing reason"));
                    break;
                case "note":
                    builder.note(text(p, "note"));
                    break;
                case "flags":
                    startArray(p, "flags");
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        builder.addFlags(enumValue(p, OutturnFlag.class, "flag"));
                    }
                    break;
                case "confidenceIntervals":
                    builder.putAllConfidenceIntervals(readConfidenceIntervals(p, ctxt));
                    break;
                default:
                    unknownField(p, ctxt, "outturn", name,
                            keyPeriod == null ? OUTTURN_FIELDS : OUTTURN_FIELDS.subList(1, OUTTURN_FIELDS.size()));
            }
        }
        if (period == null) {
            throw missing(p, "outturn", "period");
        }
        try {
            return builder.period(period).build();
        } catch (IllegalArgumentException ex) {
            throw invalid(p, "outturn", ex);
        } catch (IllegalStateException ex) {
            throw invalid(p, "outturn", ex.getMessage());
        }
    }

    static final class OutturnDeserializer extends ValueDeserializer<Outturn> {
        @Override
        public Outturn deserialize(JsonParser p, DeserializationContext ctxt) {
            return readOutturn(p, ctxt, null);
        }
    }

    // ---------------------------------------------------------------- Confidence intervals

    private static final List<String> INTERVAL_FIELDS = List.of("lowerInclusive", "upperInclusive");

    /** Writes an outturn's confidence intervals, keyed by level in the levels' order; none, nothing. */
    static void writeConfidenceIntervals(JsonGenerator gen, Outturn outturn) {
        if (outturn.confidenceIntervals().isEmpty()) {
            return;
        }
        gen.writeName("confidenceIntervals");
        gen.writeStartObject();
        for (ConfidenceLevel level : ConfidenceLevel.values()) {
            ConfidenceInterval interval = outturn.confidenceIntervals().get(level);
            if (interval != null) {
                gen.writeName(level.name());
                gen.writeStartObject();
                writeDecimal(gen, "lowerInclusive", interval.lowerInclusive());
                writeDecimal(gen, "upperInclusive", interval.upperInclusive());
                gen.writeEndObject();
            }
        }
        gen.writeEndObject();
    }

    /** Returns the confidence level a key names, exactly by its constant's name. */
    private static ConfidenceLevel confidenceLevel(JsonParser p, String name) {
        for (ConfidenceLevel level : ConfidenceLevel.values()) {
            if (level.name().equals(name)) {
                return level;
            }
        }
        throw invalid(p, "confidence level", "unknown value '" + name + "' (accepted: "
                + Arrays.toString(ConfidenceLevel.values()) + ")");
    }

    /** Reads an object of confidence intervals keyed by level, each with both limits. */
    static Map<ConfidenceLevel, ConfidenceInterval> readConfidenceIntervals(JsonParser p, DeserializationContext ctxt) {
        startObject(p, "confidence intervals");
        Map<ConfidenceLevel, ConfidenceInterval> intervals = new EnumMap<>(ConfidenceLevel.class);
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            ConfidenceLevel level = confidenceLevel(p, name);
            startObject(p, "confidence interval");
            BigDecimal lower = null;
            BigDecimal upper = null;
            for (String field = p.nextName(); field != null; field = p.nextName()) {
                p.nextToken();
                switch (field) {
                    case "lowerInclusive":
                        lower = decimal(p, "confidence limit");
                        break;
                    case "upperInclusive":
                        upper = decimal(p, "confidence limit");
                        break;
                    default:
                        unknownField(p, ctxt, "confidence interval", field, INTERVAL_FIELDS);
                }
            }
            if (lower == null || upper == null) {
                throw missing(p, "confidence interval", lower == null ? "lowerInclusive" : "upperInclusive");
            }
            try {
                intervals.put(level, ConfidenceInterval.of(lower, upper));
            } catch (IllegalArgumentException ex) {
                throw invalid(p, "confidence interval", ex);
            }
        }
        return intervals;
    }

    // ---------------------------------------------------------------- Benchmark

    static final class BenchmarkSerializer extends ValueSerializer<Benchmark> {
        @Override
        public void serialize(Benchmark benchmark, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            gen.writeStringProperty("group", benchmark.group().name());
            gen.writeStringProperty("period", benchmark.period().toString());
            benchmark.value().ifPresent(value -> writeDecimal(gen, "value", value));
            benchmark.note().ifPresent(note -> gen.writeStringProperty("note", note));
            gen.writeEndObject();
        }
    }

    static final class BenchmarkDeserializer extends ValueDeserializer<Benchmark> {
        private static final List<String> FIELDS = List.of("group", "period", "value", "note");

        @Override
        public Benchmark deserialize(JsonParser p, DeserializationContext ctxt) {
            startObject(p, "benchmark");
            Benchmark.Builder builder = Benchmark.builder();
            boolean group = false;
            boolean period = false;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                p.nextToken();
                try {
                    switch (name) {
                        case "group":
                            builder.group(BenchmarkGroup.of(text(p, "benchmark group")));
                            group = true;
                            break;
                        case "period":
                            builder.period(period(p, text(p, "period")));
                            period = true;
                            break;
                        case "value":
                            builder.value(decimal(p, "benchmark value"));
                            break;
                        case "note":
                            builder.note(text(p, "note"));
                            break;
                        default:
                            unknownField(p, ctxt, "benchmark", name, FIELDS);
                    }
                } catch (IllegalArgumentException ex) {
                    throw invalid(p, "benchmark", ex);
                }
            }
            if (!group) {
                throw missing(p, "benchmark", "group");
            }
            if (!period) {
                throw missing(p, "benchmark", "period");
            }
            try {
                return builder.build();
            } catch (IllegalArgumentException ex) {
                throw invalid(p, "benchmark", ex);
            }
        }
    }

    // ---------------------------------------------------------------- Indicator

    static final List<String> INDICATOR_FIELDS = List.of("code", "title", "description", "unit", "polarity",
            "frequency", "measureType", "frameworkCode", "tags", "targets", "benchmarks");

    static void writeIndicatorFields(JsonGenerator gen, SerializationContext ctxt, Indicator indicator) {
        gen.writeStringProperty("code", indicator.code());
        gen.writeStringProperty("title", indicator.title());
        indicator.description().ifPresent(text -> gen.writeStringProperty("description", text));
        gen.writeStringProperty("unit", indicator.unit().toString());
        gen.writeStringProperty("polarity", indicator.polarity().name());
        gen.writeStringProperty("frequency", indicator.frequency().name());
        gen.writeStringProperty("measureType", indicator.measureType().name());
        indicator.frameworkCode().ifPresent(text -> gen.writeStringProperty("frameworkCode", text));
        if (!indicator.tags().isEmpty()) {
            gen.writeName("tags");
            gen.writeStartArray();
            for (String tag : indicator.tags()) {
                gen.writeString(tag);
            }
            gen.writeEndArray();
        }
        if (!indicator.targets().isEmpty()) {
            gen.writeName("targets");
            gen.writeStartObject();
            for (Map.Entry<ReportingPeriod, Target> entry : indicator.targets().entrySet()) {
                gen.writeName(entry.getKey().toString());
                TARGET_SERIALIZER.serialize(entry.getValue(), gen, ctxt);
            }
            gen.writeEndObject();
        }
        if (!indicator.benchmarks().isEmpty()) {
            gen.writeName("benchmarks");
            gen.writeStartArray();
            for (Benchmark benchmark : indicator.benchmarks()) {
                BENCHMARK_SERIALIZER.serialize(benchmark, gen, ctxt);
            }
            gen.writeEndArray();
        }
    }

    /**
     * Reads one field of an indicator into the builder. Returns false when the name is not an
     * indicator field, leaving the value unread.
     */
    static boolean readIndicatorField(JsonParser p, DeserializationContext ctxt, String name,
            Indicator.Builder builder, boolean[] required) {
        try {
            switch (name) {
                case "code":
                    builder.code(text(p, "code"));
                    required[0] = true;
                    return true;
                case "title":
                    builder.title(text(p, "title"));
                    required[1] = true;
                    return true;
                case "description":
                    builder.description(text(p, "description"));
                    return true;
                case "unit":
                    builder.unit(unit(p));
                    required[2] = true;
                    return true;
                case "polarity":
                    builder.polarity(enumValue(p, Polarity.class, "polarity"));
                    required[3] = true;
                    return true;
                case "frequency":
                    builder.frequency(enumValue(p, Frequency.class, "frequency"));
                    required[4] = true;
                    return true;
                case "measureType":
                    builder.measureType(enumValue(p, MeasureType.class, "measure type"));
                    return true;
                case "frameworkCode":
                    builder.frameworkCode(text(p, "framework code"));
                    return true;
                case "tags":
                    startArray(p, "tags");
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        builder.addTags(text(p, "tag"));
                    }
                    return true;
                case "targets":
                    startObject(p, "targets");
                    for (String key = p.nextName(); key != null; key = p.nextName()) {
                        ReportingPeriod period = period(p, key);
                        p.nextToken();
                        builder.putTargets(period, TARGET_DESERIALIZER.deserialize(p, ctxt));
                    }
                    return true;
                case "benchmarks":
                    startArray(p, "benchmarks");
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        builder.addBenchmarks(BENCHMARK_DESERIALIZER.deserialize(p, ctxt));
                    }
                    return true;
                default:
                    return false;
            }
        } catch (IllegalStateException ex) {
            // A strict builder refuses a second value for a field, or a target for a period twice.
            throw invalid(p, "indicator", ex.getMessage().replace("Builder of Indicator is strict, attribute is "
                    + "already set: ", "field given twice: "));
        }
    }

    static Indicator buildIndicator(JsonParser p, Indicator.Builder builder, boolean[] required) {
        String[] names = {"code", "title", "unit", "polarity", "frequency"};
        for (int i = 0; i < names.length; i++) {
            if (!required[i]) {
                throw missing(p, "indicator", names[i]);
            }
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException ex) {
            throw invalid(p, "indicator", ex);
        }
    }

    static final class IndicatorSerializer extends ValueSerializer<Indicator> {
        @Override
        public void serialize(Indicator indicator, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            writeIndicatorFields(gen, ctxt, indicator);
            gen.writeEndObject();
        }
    }

    static final class IndicatorDeserializer extends ValueDeserializer<Indicator> {
        @Override
        public Indicator deserialize(JsonParser p, DeserializationContext ctxt) {
            startObject(p, "indicator");
            Indicator.Builder builder = Indicator.builder();
            boolean[] required = new boolean[5];
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                p.nextToken();
                if (!readIndicatorField(p, ctxt, name, builder, required)) {
                    unknownField(p, ctxt, "indicator", name, INDICATOR_FIELDS);
                }
            }
            return buildIndicator(p, builder, required);
        }
    }

    // ---------------------------------------------------------------- Rating

    static final class RatingSerializer extends ValueSerializer<Rating> {
        @Override
        public void serialize(Rating rating, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            rating.rag().ifPresent(rag -> gen.writeStringProperty("rag", rag.name()));
            rating.unratedReason().ifPresent(reason -> gen.writeStringProperty("unratedReason", reason.name()));
            rating.detail().ifPresent(detail -> gen.writeStringProperty("detail", detail));
            gen.writeEndObject();
        }
    }

    static final class RatingDeserializer extends ValueDeserializer<Rating> {
        private static final List<String> FIELDS = List.of("rag", "unratedReason", "detail");

        @Override
        public Rating deserialize(JsonParser p, DeserializationContext ctxt) {
            startObject(p, "rating");
            Rag rag = null;
            UnratedReason reason = null;
            String detail = null;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                p.nextToken();
                switch (name) {
                    case "rag":
                        rag = enumValue(p, Rag.class, "rag");
                        break;
                    case "unratedReason":
                        reason = enumValue(p, UnratedReason.class, "unrated reason");
                        break;
                    case "detail":
                        detail = text(p, "detail");
                        break;
                    default:
                        unknownField(p, ctxt, "rating", name, FIELDS);
                }
            }
            if ((rag == null) == (reason == null)) {
                throw invalid(p, "rating", "must have either 'rag' or 'unratedReason'");
            }
            try {
                if (rag != null) {
                    if (detail != null) {
                        throw invalid(p, "rating", "a rated result has no 'detail'");
                    }
                    return Rating.of(rag);
                }
                return detail == null ? Rating.unrated(reason) : Rating.unrated(reason, detail);
            } catch (IllegalArgumentException ex) {
                throw invalid(p, "rating", ex);
            }
        }
    }
}
