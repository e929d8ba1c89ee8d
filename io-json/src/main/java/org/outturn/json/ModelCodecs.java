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
import java.util.HashMap;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.outturn.core.Benchmark;
import org.outturn.core.DecimalText;
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
import tools.jackson.core.JacksonException;
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

    /** The fields of an indicator; before the codecs below, whose field tables are made from it. */
    static final List<String> INDICATOR_FIELDS = List.of("code", "title", "description", "unit", "polarity",
            "frequency", "measureType", "frameworkCode", "tags", "targets", "benchmarks");

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

    /**
     * Writes a decimal exactly as it is, scale included: plain digits ({@code 97.30}) where they keep
     * the scale and fit the reader's limits, otherwise exponent form ({@code 4.6E+97}).
     */
    static void writeDecimal(JsonGenerator gen, BigDecimal value) {
        gen.writeNumber(isToStringPlain(value) ? value.toString() : DecimalText.format(value));
    }

    /**
     * Whether {@code value.toString()} is what {@link DecimalText#format} gives: when the scale is
     * negative (both give the exponent form), or when {@code toString()} has no exponent (its
     * adjusted exponent, {@code precision - scale - 1}, is -6 or more), since then it is the plain
     * digits. {@code toString()} is kept by the {@code BigDecimal} once made, so a value written
     * twice is formatted once; {@code toPlainString()} is made anew each time.
     */
    static boolean isToStringPlain(BigDecimal value) {
        return value.scale() < 0 || value.precision() - value.scale() - 1 >= -6;
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

    /**
     * The periods of a map's keys read so far, with their keys as written, so that two keys naming
     * the same period ({@code 2024/25} and {@code FY2024/25}) are an error naming both. A map has a
     * dozen keys or so: they are searched in two small arrays (of 4, then 16), and only a map of more than
     * {@value #LINEAR} keys gets a hash map, so that hostile input stays linear. Mutable, not
     * thread-safe.
     */
    static final class PeriodKeys {
        private static final int LINEAR = 16;
        /** The most key texts whose periods are remembered: a document names a few dozen periods. */
        static final int MAX_PARSED = 1_024;

        private ReportingPeriod[] periods = new ReportingPeriod[4];
        private String[] keys = new String[4];
        private int size;
        private Map<ReportingPeriod, String> hashed;
        /**
         * The period each key text read so far names, when these keys are used for every map of a
         * document: its indicators name the same dozen periods, each a new {@code String} the parser
         * canonicalises, so the text is parsed once. Null when not kept.
         */
        private final Map<String, ReportingPeriod> parsed;

        /** Returns the keys of one map. */
        PeriodKeys() {
            this(false);
        }

        /**
         * Returns the keys of a map, to be {@linkplain #clear() cleared} for each map of a document.
         *
         * @param remember  whether to remember the period of each key text across maps
         */
        PeriodKeys(boolean remember) {
            this.parsed = remember ? new HashMap<>() : null;
        }

        /** Forgets the keys of the last map, before the next is read; the periods of key texts are kept. */
        void clear() {
            if (hashed != null) {
                hashed = null;
                periods = new ReportingPeriod[LINEAR];
                keys = new String[LINEAR];
            } else {
                Arrays.fill(periods, 0, size, null);
                Arrays.fill(keys, 0, size, null);
            }
            size = 0;
        }

        /** Returns the period a key names, parsed once per text when remembered. */
        private ReportingPeriod parse(JsonParser p, String key) {
            if (parsed == null) {
                return period(p, key);
            }
            ReportingPeriod period = parsed.get(key);
            if (period == null) {
                period = period(p, key);
                if (parsed.size() < MAX_PARSED) {
                    parsed.put(key, period);
                }
            }
            return period;
        }

        /**
         * Reads a period used as a key of the map; the parser is on the key.
         *
         * @param what  the map, for the message: {@code targets}, {@code outturns}, ...
         */
        ReportingPeriod add(JsonParser p, String key, String what) {
            ReportingPeriod period = parse(p, key);
            String first = first(period, key);
            if (first != null) {
                if (first.equals(key)) {
                    // The same key twice, which the parser itself refuses when it looks for duplicates.
                    throw JsonInput.duplicateField(p, key);
                }
                throw invalid(p, what, "period " + period + " given twice, as '" + first + "' and '" + key + "'");
            }
            return period;
        }

        /**
         * Moves the parser to the map's next key, as {@link JsonParser#nextName()} does; when the parser
         * fails just after a key ({@link JsonInput#nameRead}) that the map has given already, fails for
         * the key given twice instead, as the parser's own check would have.
         *
         * @return the key, or null at the end of the map
         */
        String next(JsonParser p) {
            try {
                return p.nextName();
            } catch (JacksonException ex) {
                String key = JsonInput.nameRead(p);
                if (key != null && given(key)) {
                    throw JsonInput.duplicateField(p, key);
                }
                throw ex;
            }
        }

        /** Whether the map has given this key, as written. */
        private boolean given(String key) {
            if (hashed != null) {
                return hashed.containsValue(key);
            }
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key)) {
                    return true;
                }
            }
            return false;
        }

        /** Adds the period unless it is there; returns the key it was first given as, or null. */
        private String first(ReportingPeriod period, String key) {
            if (hashed != null) {
                return hashed.putIfAbsent(period, key);
            }
            for (int i = 0; i < size; i++) {
                if (periods[i].equals(period)) {
                    return keys[i];
                }
            }
            if (size == LINEAR) {
                hashed = new HashMap<>();
                for (int i = 0; i < size; i++) {
                    hashed.put(periods[i], keys[i]);
                }
                periods = null;
                keys = null;
                return hashed.putIfAbsent(period, key);
            }
            if (size == periods.length) {
                periods = Arrays.copyOf(periods, LINEAR);
                keys = Arrays.copyOf(keys, LINEAR);
            }
            periods[size] = period;
            keys[size] = key;
            size++;
            return null;
        }
    }

    /**
     * Reads an object keyed by period ({@code targets}, {@code outturns}, {@code published}); the
     * parser is on its start. Each key is read with {@link PeriodKeys#add}, then its value, the parser
     * on the value's first token, by the reader; a bad value is recorded and skipped when problems are
     * being collected.
     */
    static void readPeriodMap(JsonParser p, DeserializationContext ctxt, String what,
            Consumer<ReportingPeriod> value) {
        startObject(p, what);
        DocumentScope scope = DocumentScope.of(ctxt);
        PeriodKeys keys = scope == null ? new PeriodKeys() : scope.periodKeys();
        boolean collecting = scope != null && scope.collecting();
        for (String key = keys.next(p); key != null; key = keys.next(p)) {
            ReportingPeriod period = keys.add(p, key, what);
            p.nextToken();
            if (collecting) {
                DocumentScope.attempt(p, ctxt, () -> value.accept(period));
            } else {
                value.accept(period);
            }
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

    static final List<String> TARGET_KINDS =
            List.of("single", "withFloor", "thresholds", "band", "relativeToBenchmark", "none");

    static final class TargetSerializer extends ValueSerializer<Target> {
        @Override
        public void serialize(Target target, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            gen.writeStringProperty("kind", target.kindName());
            if (target instanceof Target.Single single) {
                writeDecimal(gen, "value", single.value());
            } else if (target instanceof Target.WithFloor floor) {
                writeDecimal(gen, "value", floor.value());
                writeDecimal(gen, "floor", floor.floor());
            } else if (target instanceof Target.Thresholds thresholds) {
                writeDecimal(gen, "green", thresholds.green());
                writeDecimal(gen, "red", thresholds.red());
            } else if (target instanceof Target.Band band) {
                writeDecimal(gen, "lowInclusive", band.lowInclusive());
                writeDecimal(gen, "highInclusive", band.highInclusive());
            } else if (target instanceof Target.RelativeToBenchmark relative) {
                gen.writeStringProperty("group", relative.group().name());
            } else {
                gen.writeStringProperty("wording", ((Target.None) target).wording());
            }
            gen.writeEndObject();
        }
    }

    static final class TargetDeserializer extends ValueDeserializer<Target> {
        private static final JsonFields FIELDS = new JsonFields("target",
                List.of("kind", "value", "floor", "green", "red", "lowInclusive", "highInclusive", "group", "wording"));

        /** The fields of one target as they are read. */
        private static final class Fields implements JsonFields.Reader {
            private final JsonParser p;
            String kind;
            BigDecimal value;
            BigDecimal floor;
            BigDecimal green;
            BigDecimal red;
            BigDecimal low;
            BigDecimal high;
            String group;
            String wording;

            Fields(JsonParser p) {
                this.p = p;
            }

            @Override
            public boolean field(String name) {
                switch (name) {
                    case "kind":
                        kind = text(p, "target kind");
                        if (!TARGET_KINDS.contains(kind)) {
                            throw invalid(p, "target kind", "unknown kind '" + kind + "' (accepted: " + TARGET_KINDS
                                    + ")");
                        }
                        return true;
                    case "value":
                        value = decimal(p, "target value");
                        return true;
                    case "floor":
                        floor = decimal(p, "target floor");
                        return true;
                    case "green":
                        green = decimal(p, "green threshold");
                        return true;
                    case "red":
                        red = decimal(p, "red threshold");
                        return true;
                    case "lowInclusive":
                        low = decimal(p, "band");
                        return true;
                    case "highInclusive":
                        high = decimal(p, "band");
                        return true;
                    case "group":
                        group = text(p, "benchmark group");
                        return true;
                    case "wording":
                        wording = text(p, "target wording");
                        return true;
                    default:
                        return false;
                }
            }
        }

        @Override
        public Target deserialize(JsonParser p, DeserializationContext ctxt) {
            Fields fields = new Fields(p);
            FIELDS.read(p, ctxt, fields);
            String kind = fields.kind;
            BigDecimal value = fields.value;
            BigDecimal floor = fields.floor;
            BigDecimal green = fields.green;
            BigDecimal red = fields.red;
            BigDecimal low = fields.low;
            BigDecimal high = fields.high;
            String group = fields.group;
            String wording = fields.wording;
            if (kind == null) {
                throw missing(p, "target", "kind");
            }
            checkKindFields(p, kind, value, floor, green, red, low, high, group, wording);
            try {
                switch (kind) {
                    case "single":
                        return Target.single(require(p, value, "value"));
                    case "withFloor":
                        return Target.withFloor(require(p, value, "value"), require(p, floor, "floor"));
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

        private static final List<String> KIND_FIELDS = FIELDS.accepted().subList(1, FIELDS.accepted().size());

        /** Refuses a field that belongs to another kind of target, rather than dropping it. */
        private static void checkKindFields(JsonParser p, String kind, Object... values) {
            List<String> fields = KIND_FIELDS;
            List<String> allowed;
            switch (kind) {
                case "single":
                    allowed = List.of("value");
                    break;
                case "withFloor":
                    allowed = List.of("value", "floor");
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
        Optional<BigDecimal> value = outturn.value();
        if (value.isPresent()) {
            writeDecimal(gen, "value", value.get());
        }
        Optional<Fraction> fraction = outturn.fraction();
        if (fraction.isPresent()) {
            gen.writeStringProperty("fraction", fraction.get().toString());
        }
        Optional<MissingReason> reason = outturn.missingReason();
        if (reason.isPresent()) {
            gen.writeStringProperty("missingReason", reason.get().name());
        }
        Optional<String> note = outturn.note();
        if (note.isPresent()) {
            gen.writeStringProperty("note", note.get());
        }
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
        return readOutturn(p, ctxt, keyPeriod, null);
    }

    /** The fields of an outturn object with a period, and of one keyed by period (without). */
    private static final JsonFields OUTTURN = new JsonFields("outturn", OUTTURN_FIELDS);
    private static final JsonFields KEYED_OUTTURN =
            new JsonFields("outturn", OUTTURN_FIELDS.subList(1, OUTTURN_FIELDS.size()));

    /**
     * The fields of one outturn as they are read: its builder, and its period and fraction's site. One
     * object serves every outturn of an indicator entry, {@linkplain #start started} for each.
     */
    static final class OutturnFields implements JsonFields.Reader {
        private final JsonParser p;
        private final DeserializationContext ctxt;
        private boolean keyed;
        Outturn.Builder builder;
        ReportingPeriod period;
        JsonInput.Site fractionSite;

        OutturnFields(JsonParser p, DeserializationContext ctxt) {
            this.p = p;
            this.ctxt = ctxt;
        }

        /** Starts the fields of the next outturn, keyed by the given period or (null) with its own. */
        OutturnFields start(ReportingPeriod keyPeriod) {
            keyed = keyPeriod != null;
            builder = Outturn.builder();
            period = keyPeriod;
            fractionSite = null;
            return this;
        }

        /** Returns where the last outturn's fraction was read, or null if it had none. */
        JsonInput.Site fractionSite() {
            return fractionSite;
        }

        @Override
        public boolean field(String name) {
            switch (name) {
                case "period":
                    if (keyed) {
                        return false;
                    }
                    period = period(p, text(p, "period"));
                    return true;
                case "value":
                    builder.value(decimal(p, "outturn value"));
                    return true;
                case "fraction":
                    try {
                        builder.fraction(Fraction.parse(text(p, "fraction")));
                        fractionSite = JsonInput.site(p);
                    } catch (IllegalArgumentException ex) {
                        throw invalid(p, "fraction", ex);
                    }
                    return true;
                case "missingReason":
                    builder.missingReason(enumValue(p, MissingReason.class, "missing reason"));
                    return true;
                case "note":
                    builder.note(text(p, "note"));
                    return true;
                case "flags":
                    startArray(p, "flags");
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        builder.addFlags(enumValue(p, OutturnFlag.class, "flag"));
                    }
                    return true;
                case "confidenceIntervals":
                    builder.putAllConfidenceIntervals(readConfidenceIntervals(p, ctxt));
                    return true;
                default:
                    return false;
            }
        }
    }

    /**
     * Reads an outturn object as above; when it has a fraction, notes where the fraction was read, to
     * check it against the indicator's unit once that is known.
     *
     * @param fractions  where to note the outturn and its fraction's site, or null
     */
    static Outturn readOutturn(JsonParser p, DeserializationContext ctxt, ReportingPeriod keyPeriod,
            Map<Outturn, JsonInput.Site> fractions) {
        return readOutturn(p, ctxt, keyPeriod, fractions, new OutturnFields(p, ctxt));
    }

    /**
     * Reads an outturn object as above with fields that serve many outturns; afterwards they hold where
     * its fraction was read ({@link OutturnFields#fractionSite()}).
     */
    static Outturn readOutturn(JsonParser p, DeserializationContext ctxt, ReportingPeriod keyPeriod,
            Map<Outturn, JsonInput.Site> fractions, OutturnFields reused) {
        OutturnFields fields = reused.start(keyPeriod);
        (keyPeriod == null ? OUTTURN : KEYED_OUTTURN).read(p, ctxt, fields);
        ReportingPeriod period = fields.period;
        if (period == null) {
            throw missing(p, "outturn", "period");
        }
        try {
            Outturn outturn = fields.builder.period(period).build();
            if (fractions != null && fields.fractionSite != null) {
                fractions.put(outturn, fields.fractionSite);
            }
            return outturn;
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

    private static final JsonFields INTERVAL_FIELDS =
            new JsonFields("confidence interval", List.of("lowerInclusive", "upperInclusive"));

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
        JsonInput.SeenNames levels = new JsonInput.SeenNames();
        for (String name = levels.next(p); name != null; name = levels.next(p)) {
            p.nextToken();
            ConfidenceLevel level = confidenceLevel(p, name);
            BigDecimal[] limits = new BigDecimal[2];
            INTERVAL_FIELDS.read(p, ctxt, field -> {
                int limit = INTERVAL_FIELDS.accepted().indexOf(field);
                if (limit >= 0) {
                    limits[limit] = decimal(p, "confidence limit");
                }
                return limit >= 0;
            });
            BigDecimal lower = limits[0];
            BigDecimal upper = limits[1];
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
        private static final JsonFields FIELDS =
                new JsonFields("benchmark", List.of("group", "period", "value", "note"));

        @Override
        public Benchmark deserialize(JsonParser p, DeserializationContext ctxt) {
            Benchmark.Builder builder = Benchmark.builder();
            boolean[] required = new boolean[2];
            FIELDS.read(p, ctxt, name -> {
                try {
                    switch (name) {
                        case "group":
                            builder.group(BenchmarkGroup.of(text(p, "benchmark group")));
                            required[0] = true;
                            return true;
                        case "period":
                            builder.period(period(p, text(p, "period")));
                            required[1] = true;
                            return true;
                        case "value":
                            builder.value(decimal(p, "benchmark value"));
                            return true;
                        case "note":
                            builder.note(text(p, "note"));
                            return true;
                        default:
                            return false;
                    }
                } catch (IllegalArgumentException ex) {
                    throw invalid(p, "benchmark", ex);
                }
            });
            if (!required[0]) {
                throw missing(p, "benchmark", "group");
            }
            if (!required[1]) {
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

    static void writeIndicatorFields(JsonGenerator gen, SerializationContext ctxt, Indicator indicator) {
        writeIndicatorFields(gen, ctxt, Notations.of(ctxt), indicator);
    }

    /** Writes the fields of an indicator, with the notations of the write. */
    static void writeIndicatorFields(JsonGenerator gen, SerializationContext ctxt, Notations notations,
            Indicator indicator) {
        gen.writeStringProperty("code", indicator.code());
        gen.writeStringProperty("title", indicator.title());
        Optional<String> description = indicator.description();
        if (description.isPresent()) {
            gen.writeStringProperty("description", description.get());
        }
        notations.writeProperty(gen, "unit", indicator.unit());
        gen.writeStringProperty("polarity", indicator.polarity().name());
        gen.writeStringProperty("frequency", indicator.frequency().name());
        gen.writeStringProperty("measureType", indicator.measureType().name());
        Optional<String> frameworkCode = indicator.frameworkCode();
        if (frameworkCode.isPresent()) {
            gen.writeStringProperty("frameworkCode", frameworkCode.get());
        }
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
            indicator.targets().forEach((period, target) -> {
                notations.writeName(gen, period);
                TARGET_SERIALIZER.serialize(target, gen, ctxt);
            });
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
                    readPeriodMap(p, ctxt, "targets",
                            period -> builder.putTargets(period, TARGET_DESERIALIZER.deserialize(p, ctxt)));
                    return true;
                case "benchmarks":
                    startArray(p, "benchmarks");
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        DocumentScope.attempt(p, ctxt,
                                () -> builder.addBenchmarks(BENCHMARK_DESERIALIZER.deserialize(p, ctxt)));
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
        private static final JsonFields FIELDS = new JsonFields("indicator", INDICATOR_FIELDS);

        @Override
        public Indicator deserialize(JsonParser p, DeserializationContext ctxt) {
            Indicator.Builder builder = Indicator.builder();
            boolean[] required = new boolean[5];
            FIELDS.read(p, ctxt, name -> readIndicatorField(p, ctxt, name, builder, required));
            return buildIndicator(p, builder, required);
        }
    }

    // ---------------------------------------------------------------- Rating

    static final class RatingSerializer extends ValueSerializer<Rating> {
        @Override
        public void serialize(Rating rating, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            Optional<Rag> rag = rating.rag();
            if (rag.isPresent()) {
                gen.writeStringProperty("rag", rag.get().name());
            }
            Optional<UnratedReason> reason = rating.unratedReason();
            if (reason.isPresent()) {
                gen.writeStringProperty("unratedReason", reason.get().name());
            }
            Optional<String> detail = rating.detail();
            if (detail.isPresent()) {
                gen.writeStringProperty("detail", detail.get());
            }
            gen.writeEndObject();
        }
    }

    static final class RatingDeserializer extends ValueDeserializer<Rating> {
        private static final JsonFields FIELDS = new JsonFields("rating", List.of("rag", "unratedReason", "detail"));

        /** The fields of one rating as they are read. */
        private static final class Fields implements JsonFields.Reader {
            private final JsonParser p;
            Rag rag;
            UnratedReason reason;
            String detail;

            Fields(JsonParser p) {
                this.p = p;
            }

            @Override
            public boolean field(String name) {
                switch (name) {
                    case "rag":
                        rag = enumValue(p, Rag.class, "rag");
                        return true;
                    case "unratedReason":
                        reason = enumValue(p, UnratedReason.class, "unrated reason");
                        return true;
                    case "detail":
                        detail = text(p, "detail");
                        return true;
                    default:
                        return false;
                }
            }
        }

        @Override
        public Rating deserialize(JsonParser p, DeserializationContext ctxt) {
            Fields fields = new Fields(p);
            FIELDS.read(p, ctxt, fields);
            Rag rag = fields.rag;
            UnratedReason reason = fields.reason;
            String detail = fields.detail;
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
