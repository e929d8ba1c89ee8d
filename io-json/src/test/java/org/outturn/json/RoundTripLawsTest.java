package org.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.Map;
import java.util.Set;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.outturn.core.AcademicYear;
import org.outturn.core.Benchmark;
import org.outturn.core.DecimalText;
import org.outturn.core.BenchmarkGroup;
import org.outturn.core.Biennium;
import org.outturn.core.CalendarYear;
import org.outturn.core.FinancialQuarter;
import org.outturn.core.FinancialYear;
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
import org.outturn.core.ReportingMonth;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.core.UnratedReason;
import org.outturn.core.YearToDate;
import org.outturn.rules.trend.DirectionOfTravel;
import org.outturn.rules.RagPolicy;
import tools.jackson.databind.json.JsonMapper;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.plan.ActionPlan;
import org.outturn.rules.plan.ActionPlanItem;
import org.outturn.rules.plan.ActionStatus;
import org.outturn.rules.report.OutturnDocument;

/**
 * Randomised JSON round-trip laws: for random model values and documents, {@code read(write(x))}
 * equals {@code x} with every decimal's scale kept, and {@code write(read(write(x)))} is
 * {@code write(x)} byte for byte. Instancio seeds each repetition; a failing repetition logs
 * {@code Test method '...' failed with seed: N}, and {@code @Seed(N)} on the method replays it.
 */
@ExtendWith(InstancioExtension.class)
final class RoundTripLawsTest {

    private static final OutturnJson JSON = OutturnJson.strict();
    private static final JsonMapper MAPPER = JSON.mapper();
    private static final List<BenchmarkGroup> GROUPS = List.of(BenchmarkGroup.ENGLAND, BenchmarkGroup.LONDON,
            BenchmarkGroup.STATISTICAL_NEIGHBOURS, BenchmarkGroup.of("Inner London"));

    // ---------------------------------------------------------------- generators

    /**
     * The repetition's generator, seeded from Instancio's seed, so that the seed Instancio logs on
     * failure replays the repetition; drawing from Instancio for every number would be ten times slower.
     */
    private Random random;

    /** Whether {@link #decimal()} draws extreme values too: not for derived results, whose sums may exceed the limits. */
    private boolean extremes = true;

    private void seed() {
        random = new Random(Instancio.gen().longs().get());
    }

    /** Returns a whole number from min to max, both inclusive. */
    private int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    private boolean chance(int percent) {
        return between(1, 100) <= percent;
    }

    private <T> T oneOf(List<T> values) {
        return values.get(between(0, values.size() - 1));
    }

    /**
     * A decimal of random scale 0 - 4, negative, zero or positive, its scale kept even when zero; one
     * in twenty anywhere within the limits (up to 100 digits, exponent within ±1000: {@code 4.6E+97},
     * {@code 1E+308}, {@code 7E+919}), which must be written in a form read back with every digit and scale.
     */
    private BigDecimal decimal() {
        if (extremes && chance(5)) {
            BigInteger unscaled = new BigInteger(1 + between(0, 329), random); // below 2^330, at most 100 digits
            BigDecimal value = new BigDecimal(chance(50) ? unscaled.negate() : unscaled,
                    between(-DecimalText.MAX_EXPONENT, DecimalText.MAX_EXPONENT));
            return value;
        }
        int scale = between(0, 4);
        if (chance(10)) {
            return BigDecimal.ZERO.setScale(scale);
        }
        long bound = 100_000L * (long) Math.pow(10, scale);
        return BigDecimal.valueOf(random.nextLong(-bound, bound + 1), scale);
    }

    private BigDecimal nonNegative() {
        return decimal().abs();
    }

    /** A period of any kind, built by the kinds' factories or parsed from its notation. */
    private ReportingPeriod period() {
        int year = between(1990, 2100);
        ReportingPeriod period;
        switch (between(0, 6)) {
            case 0:
                period = FinancialYear.of(year);
                break;
            case 1:
                period = FinancialQuarter.of(year, between(1, 4));
                break;
            case 2:
                period = ReportingMonth.of(year, between(1, 12));
                break;
            case 3:
                period = CalendarYear.of(year);
                break;
            case 4:
                period = AcademicYear.of(year);
                break;
            case 5:
                period = Biennium.of(year);
                break;
            default:
                period = YearToDate.to(FinancialQuarter.of(year, between(1, 4)));
        }
        return chance(50) ? ReportingPeriod.parse(period.toString()) : period;
    }

    private Unit unit() {
        int places = between(0, 4);
        return oneOf(List.of(Unit.percentage(places), Unit.ratePer((long) Math.pow(10, between(1, 9)), places),
                Unit.count(places), Unit.score(places), Unit.ratio(places),
                Unit.currency(Currency.getInstance(oneOf(List.of("GBP", "EUR"))), places),
                Unit.duration(oneOf(List.of(ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS, ChronoUnit.YEARS)),
                        places)));
    }

    private Target.Band band() {
        BigDecimal a = decimal();
        BigDecimal b = decimal();
        return Target.band(a.min(b), a.max(b));
    }

    /** A target allowed for the polarity, as {@link Indicator}'s rules say. */
    private Target target(Polarity polarity) {
        if (polarity == Polarity.NONE || chance(10)) {
            return Target.none(oneOf(List.of("No Target", "Monitor only", "n/a")));
        }
        if (polarity == Polarity.WITHIN_BAND) {
            return band();
        }
        switch (between(0, 3)) {
            case 0:
                return Target.single(decimal());
            case 1:
                BigDecimal a = decimal();
                BigDecimal b = decimal();
                boolean aBetter = polarity.compareBetter(a, b) >= 0;
                return Target.thresholds(aBetter ? a : b, aBetter ? b : a);
            case 2:
                return band();
            default:
                return Target.relativeTo(oneOf(GROUPS));
        }
    }

    /** An outturn: a value, a value with its fraction where the unit allows one, or missing. */
    private Outturn outturn(ReportingPeriod period, Unit unit) {
        int kind = between(0, 3);
        if (kind == 0) {
            return chance(50) ? Outturn.missing(period, oneOf(List.of(MissingReason.values())))
                    : Outturn.missing(period, oneOf(List.of(MissingReason.values())), "Not yet available");
        }
        if (kind == 1 && unit.allowsFraction()) {
            long denominator = random.nextLong(1L, 100_001L);
            long numerator = random.nextLong(0L, denominator + 1);
            Fraction fraction = Fraction.of(numerator, denominator);
            return Outturn.ofFraction(period, unit.valueOf(fraction, between(0, 4)), fraction, unit);
        }
        Outturn.Builder builder = Outturn.builder().period(period).value(decimal());
        if (chance(30)) {
            builder.addFlags(oneOf(List.of(OutturnFlag.values())));
        }
        if (chance(20)) {
            builder.note("as published");
        }
        return builder.build();
    }

    private Indicator indicator(String code) {
        Polarity polarity = oneOf(List.of(Polarity.values()));
        Indicator.Builder builder = Indicator.builder().code(code).title("Indicator " + code).unit(unit())
                .polarity(polarity).frequency(oneOf(List.of(Frequency.values())));
        if (chance(50)) {
            builder.measureType(oneOf(List.of(MeasureType.values())));
        }
        if (chance(30)) {
            builder.description("What " + code + " measures");
        }
        if (chance(30)) {
            builder.frameworkCode("ASCOF " + between(1, 99));
        }
        if (chance(30)) {
            builder.addTags("Adults", "Place");
        }
        Set<ReportingPeriod> periods = new HashSet<>();
        for (int i = between(0, 3); i > 0; i--) {
            ReportingPeriod period = period();
            if (periods.add(period)) {
                builder.putTargets(period, target(polarity));
            }
        }
        Set<String> benchmarks = new HashSet<>();
        for (int i = between(0, 3); i > 0; i--) {
            BenchmarkGroup group = oneOf(GROUPS);
            ReportingPeriod period = period();
            if (benchmarks.add(group + " " + period)) {
                builder.addBenchmarks(chance(80) ? Benchmark.of(group, period, decimal())
                        : Benchmark.unavailable(group, period, "n/a"));
            }
        }
        return builder.build();
    }

    private IndicatorEntry entry(String code, List<String> policies) {
        Indicator indicator = indicator(code);
        Map<ReportingPeriod, Outturn> outturns = new LinkedHashMap<>();
        for (int i = between(0, 4); i > 0; i--) {
            ReportingPeriod period = period();
            outturns.putIfAbsent(period, outturn(period, indicator.unit()));
        }
        Map<ReportingPeriod, Rating> published = new LinkedHashMap<>();
        for (ReportingPeriod period : outturns.keySet()) {
            if (chance(40)) {
                published.put(period, chance(70) ? Rating.of(oneOf(List.of(Rag.values())))
                        : Rating.unrated(oneOf(List.of(UnratedReason.values())), "as printed"));
            }
        }
        String policy = policies.isEmpty() || chance(30) ? null : oneOf(policies);
        return IndicatorEntry.of(indicator, outturns.values(), policy, published);
    }

    /** Policies of every built-in strategy, with and without parameters and rounding; built once. */
    private static final List<RagPolicy> POLICIES = List.of(
            RagPolicy.create("seed", "tolerance", Map.of("tolerance", "relative 5%")),
            RagPolicy.create("absolute", "tolerance", Map.of("tolerance", "absolute 1.5", "greenEdge", "exclusive")),
            RagPolicy.create("thresholds", "thresholds", Map.of()),
            RagPolicy.create("band", "band", Map.of("margin", "absolute 2")),
            RagPolicy.create("benchmark", "benchmark", Map.of("tolerance", "relative 10%")),
            RagPolicy.create("rounded", "thresholds", Map.of()).withRounding(1),
            RagPolicy.create("green side", "tolerance", Map.of("tolerance", "relative 10%", "greenTolerance",
                    "relative 5%", "redEdge", "exclusive")),
            RagPolicy.create("improved", "tolerance", Map.of("tolerance", "relative 10%", "beyondTolerance",
                    "amber-if-improved", "comparedWith", "previous-period", "missingComparison", "red")),
            RagPolicy.create("floor", "floor", Map.of()),
            GoldenFilesTest.bromleyMixed());

    private List<RagPolicy> policies() {
        List<RagPolicy> chosen = new ArrayList<>();
        for (RagPolicy policy : POLICIES) {
            if (chance(50)) {
                chosen.add(policy);
            }
        }
        return chosen;
    }

    private OutturnDocument document() {
        List<RagPolicy> policies = policies();
        List<String> names = policies.stream().map(RagPolicy::name).toList();
        List<IndicatorEntry> entries = new ArrayList<>();
        for (int i = between(0, 4); i > 0; i--) {
            entries.add(entry("IND_" + i, names));
        }
        OutturnDocument document = OutturnDocument.of(chance(50) ? "Annual report" : null,
                chance(50) ? "Seed 000" : null, policies, entries);
        return chance(30) ? document.withActionPlan(actionPlan()) : document;
    }

    /** A plan of 0 - 6 items, some repeating an earlier one, of every status, ceased ones with or without a reason. */
    private ActionPlan actionPlan() {
        List<ActionPlanItem> items = new ArrayList<>();
        for (int i = between(0, 6); i > 0; i--) {
            if (!items.isEmpty() && chance(20)) {
                items.add(oneOf(items));
                continue;
            }
            ActionStatus status = oneOf(List.of(ActionStatus.values()));
            String directorate = oneOf(List.of("Place", "Children’s services", "Cross cutting"));
            String reference = between(1, 80) + (chance(30) ? "." + between(1, 9) : "");
            items.add(status == ActionStatus.CEASED && chance(50)
                    ? ActionPlanItem.of(directorate, reference, "Activity " + i, status, "Funding bid not successful")
                    : ActionPlanItem.of(directorate, reference, "Activity " + i, status));
        }
        return ActionPlan.of(items);
    }

    // ---------------------------------------------------------------- scales

    /** Every decimal of a document, as text in a fixed order: equal lists mean equal digits and scales. */
    private static List<String> decimals(OutturnDocument document) {
        List<String> all = new ArrayList<>();
        for (IndicatorEntry entry : document.indicators()) {
            all.addAll(decimals(entry.indicator()));
            for (Outturn outturn : entry.outturns().values()) {
                outturn.value().ifPresent(value -> all.add(value.toString()));
            }
        }
        return all;
    }

    private static List<String> decimals(Indicator indicator) {
        List<String> all = new ArrayList<>();
        for (Target target : indicator.targets().values()) {
            if (target instanceof Target.Single single) {
                all.add(single.value().toString());
            } else if (target instanceof Target.Thresholds thresholds) {
                all.add(thresholds.green().toString());
                all.add(thresholds.red().toString());
            } else if (target instanceof Target.Band band) {
                all.add(band.lowInclusive().toString());
                all.add(band.highInclusive().toString());
            }
        }
        for (Benchmark benchmark : indicator.benchmarks()) {
            benchmark.value().ifPresent(value -> all.add(value.toString()));
        }
        return all;
    }

    // ---------------------------------------------------------------- laws

    @RepeatedTest(200)
    void document_readOfWrite_isEqualAndKeepsEveryScale() {
        seed();
        OutturnDocument document = document();
        OutturnDocument read = JSON.read(JSON.write(document));
        assertThat(read).isEqualTo(document);
        assertThat(decimals(read)).isEqualTo(decimals(document));
    }

    /** Finding 5 and 6 of issue #10: values the reader accepts are written so that it accepts them again. */
    @ParameterizedTest
    @ValueSource(strings = {"1e308", "7E919", "4.6E97", "1E+1000", "1E-1000", "-9.99E-998", "0E+5", "0.000", "97.30"})
    void target_extremeValue_roundTripsWithEveryDigitAndScale(String value) {
        String text = "{\"format\":\"outturn/1\",\"indicators\":[{\"code\":\"A\",\"title\":\"t\",\"unit\":"
                + "\"count:0\",\"polarity\":\"HIGHER_IS_BETTER\",\"frequency\":\"ANNUAL\",\"targets\":{\"2024/25\":"
                + "{\"kind\":\"single\",\"value\":" + value + "}},\"outturns\":{\"2024/25\":{\"value\":\"" + value
                + "\"}}}]}";
        OutturnDocument read = JSON.read(text);
        String written = JSON.write(read);
        OutturnDocument reread = JSON.read(written);
        BigDecimal expected = new BigDecimal(value);
        Target.Single target = (Target.Single) reread.indicators().get(0).indicator().targets().values().iterator().next();
        assertThat(target.value().unscaledValue()).isEqualTo(expected.unscaledValue());
        assertThat(target.value().scale()).isEqualTo(expected.scale());
        BigDecimal outturn = reread.indicators().get(0).outturns().values().iterator().next().value().orElseThrow();
        assertThat(outturn.toString()).isEqualTo(expected.toString());
        assertThat(JSON.write(reread)).isEqualTo(written);
    }

    @Test
    void target_scaleBelowZero_isWrittenInExponentForm() {
        String text = "{\"format\":\"outturn/1\",\"indicators\":[{\"code\":\"A\",\"title\":\"t\",\"unit\":"
                + "\"count:0\",\"polarity\":\"HIGHER_IS_BETTER\",\"frequency\":\"ANNUAL\",\"targets\":{\"2024/25\":"
                + "{\"kind\":\"single\",\"value\":4.6E97}}}]}";
        assertThat(JSON.write(JSON.read(text))).contains("\"value\" : 4.6E+97");
    }

    @RepeatedTest(200)
    void document_writeOfReadOfWrite_isByteForByteTheSame() {
        seed();
        String json = JSON.write(document());
        assertThat(JSON.write(JSON.read(json))).isEqualTo(json);
    }

    @RepeatedTest(200)
    void modelValues_roundTripAlone_keepingScaleAndBytes() {
        seed();
        Indicator indicator = indicator("SOLO");
        String json = MAPPER.writeValueAsString(indicator);
        Indicator read = MAPPER.readValue(json, Indicator.class);
        assertThat(read).isEqualTo(indicator);
        assertThat(decimals(read)).isEqualTo(decimals(indicator));
        assertThat(MAPPER.writeValueAsString(read)).isEqualTo(json);

        ReportingPeriod period = period();
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(period), ReportingPeriod.class)).isEqualTo(period);
        Outturn outturn = outturn(period, indicator.unit());
        Outturn readOutturn = MAPPER.readValue(MAPPER.writeValueAsString(outturn), Outturn.class);
        assertThat(readOutturn).isEqualTo(outturn);
        assertThat(readOutturn.value().map(BigDecimal::toPlainString))
                .isEqualTo(outturn.value().map(BigDecimal::toPlainString));
        Unit unit = unit();
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(unit), Unit.class)).isEqualTo(unit);
    }

    @RepeatedTest(200)
    void directionOfTravel_roundTrip_isEqualKeepingScaleAndBytes() {
        seed();
        extremes = false;
        Unit unit = unit();
        ReportingPeriod from = FinancialYear.of(between(1990, 2099));
        ReportingPeriod to = FinancialYear.of(between(1990, 2099));
        if (from.equals(to)) {
            to = FinancialQuarter.of(2024, 1);
        }
        DirectionOfTravel dot = DirectionOfTravel.between(outturn(from, unit), outturn(to, unit),
                oneOf(List.of(Polarity.values())), unit, nonNegative());
        String json = MAPPER.writeValueAsString(dot);
        DirectionOfTravel read = MAPPER.readValue(json, DirectionOfTravel.class);
        assertThat(read).isEqualTo(dot);
        assertThat(read.noChangeThreshold().toPlainString()).isEqualTo(dot.noChangeThreshold().toPlainString());
        assertThat(read.from().value().map(BigDecimal::toPlainString))
                .isEqualTo(dot.from().value().map(BigDecimal::toPlainString));
        assertThat(read.to().value().map(BigDecimal::toPlainString))
                .isEqualTo(dot.to().value().map(BigDecimal::toPlainString));
        assertThat(MAPPER.writeValueAsString(read)).isEqualTo(json);
    }
}
