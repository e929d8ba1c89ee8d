package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Pins everything {@link Outturn}'s builder and factories do, as the Immutables-generated
 * implementation did before {@code Outturn} was written by hand: seeded random sequences of builder
 * calls (every public method, with nulls, repeated attributes, blank notes, intervals that do not
 * contain the value, builds repeated on one builder), and random factory calls, each written to a
 * transcript of what it returned or threw. The transcript in
 * {@code outturn-builder-transcript.txt} was written by the generated implementation; the test checks
 * that the current one writes it byte for byte.
 *
 * <p>Each built outturn is recorded by its {@code toString()}, its queries and what its collections do
 * when asked to change or asked about {@code null}. Arguments that are themselves a null
 * {@code Optional}, array, iterable, map or entry are left out: those throw a
 * {@code NullPointerException} with the JDK's own wording, checked in {@link OutturnBuilderTest}.
 *
 * <p>To regenerate the transcript after an intended change of behaviour, run with
 * {@code -Doutturn.golden.update=true} and review the diff.
 */
final class OutturnBuilderTranscriptTest {

    private static final Path TRANSCRIPT = Path.of("src/test/resources/org/outturn/core/outturn-builder-transcript.txt");
    private static final boolean UPDATE = Boolean.getBoolean("outturn.golden.update");
    private static final long SEED = 20261202L;

    private static final List<ReportingPeriod> PERIODS = Arrays.asList(FinancialYear.parse("2024/25"),
            ReportingMonth.parse("Jun-22"), null);
    private static final List<BigDecimal> VALUES = Arrays.asList(new BigDecimal("97.30"), new BigDecimal("65.1"),
            new BigDecimal("1.3"), BigDecimal.ONE, new BigDecimal("1E+3"), new BigDecimal("-0.5"), null);
    private static final List<Fraction> FRACTIONS = Arrays.asList(Fraction.of(96, 7132), Fraction.of(1, 2), null);
    private static final List<String> NOTES = Arrays.asList("Provisional", "Not yet available", "", "  ", null);
    private static final List<ConfidenceInterval> INTERVALS = Arrays.asList(
            ConfidenceInterval.of(new BigDecimal("61.2"), new BigDecimal("68.9")),
            ConfidenceInterval.of(new BigDecimal("60"), new BigDecimal("70")),
            ConfidenceInterval.of(new BigDecimal("97"), new BigDecimal("98")),
            ConfidenceInterval.of(new BigDecimal("-1"), new BigDecimal("2")), null);
    private static final List<Unit> UNITS = Arrays.asList(Unit.percentage(1), Unit.count(0), null);

    @Test
    void builderAndFactories_randomCalls_writeTheTranscript() throws IOException {
        String actual = transcript();
        if (UPDATE) {
            Files.createDirectories(TRANSCRIPT.getParent());
            Files.writeString(TRANSCRIPT, actual, StandardCharsets.UTF_8);
        }
        String expected = Files.readString(TRANSCRIPT, StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertThat(actual).as("transcript of seed %d", SEED).isEqualTo(expected);
    }

    private static String transcript() {
        SplittableRandom random = new SplittableRandom(SEED);
        StringBuilder out = new StringBuilder();
        for (int sequence = 0; sequence < 500; sequence++) {
            out.append("# builder ").append(sequence).append('\n');
            builderSequence(random, out);
        }
        for (int call = 0; call < 200; call++) {
            out.append("# factory ").append(call).append('\n');
            factoryCall(random, out);
        }
        return out.toString();
    }

    private static void builderSequence(SplittableRandom random, StringBuilder out) {
        Outturn.Builder builder = Outturn.builder();
        if (random.nextInt(10) < 8) {
            ReportingPeriod period = PERIODS.get(random.nextInt(2));
            record(out, "period(" + period + ")", () -> builder.period(period));
        }
        if (random.nextBoolean()) {
            BigDecimal value = VALUES.get(random.nextInt(VALUES.size() - 1));
            record(out, "value(" + value + ")", () -> builder.value(value));
            if (random.nextInt(3) == 0) {
                for (ConfidenceLevel level : ConfidenceLevel.values()) {
                    if (random.nextInt(3) > 0) {
                        ConfidenceInterval interval = INTERVALS.get(random.nextInt(INTERVALS.size() - 1));
                        record(out, "putConfidenceIntervals(" + level + ", " + interval + ")",
                                () -> builder.putConfidenceIntervals(level, interval));
                    }
                }
            }
        } else if (random.nextInt(3) > 0) {
            MissingReason reason = MissingReason.values()[random.nextInt(MissingReason.values().length)];
            record(out, "missingReason(" + reason + ")", () -> builder.missingReason(reason));
        }
        List<Outturn> built = new ArrayList<>();
        List<String> builtText = new ArrayList<>();
        int calls = random.nextInt(9);
        for (int i = 0; i <= calls; i++) {
            if (i == calls || random.nextInt(8) == 0) {
                record(out, "build()", () -> {
                    Outturn outturn = builder.build();
                    built.add(outturn);
                    builtText.add(outturn.toString());
                    return facts(outturn, built);
                });
            } else {
                randomCall(random, builder, out);
            }
        }
        for (int i = 0; i < built.size(); i++) {
            assertThat(built.get(i)).as("an outturn is not changed by its builder's later calls")
                    .hasToString(builtText.get(i));
        }
    }

    private static void randomCall(SplittableRandom random, Outturn.Builder builder, StringBuilder out) {
        switch (random.nextInt(16)) {
            case 0: {
                ReportingPeriod period = pick(random, PERIODS);
                record(out, "period(" + period + ")", () -> builder.period(period));
                break;
            }
            case 1: {
                BigDecimal value = pick(random, VALUES);
                record(out, "value(" + value + ")", () -> builder.value(value));
                break;
            }
            case 2: {
                Optional<BigDecimal> value = Optional.ofNullable(pick(random, VALUES));
                record(out, "value(" + value + ")", () -> builder.value(value));
                break;
            }
            case 3: {
                Fraction fraction = pick(random, FRACTIONS);
                record(out, "fraction(" + fraction + ")", () -> builder.fraction(fraction));
                break;
            }
            case 4: {
                Optional<Fraction> fraction = Optional.ofNullable(pick(random, FRACTIONS));
                record(out, "fraction(" + fraction + ")", () -> builder.fraction(fraction));
                break;
            }
            case 5: {
                MissingReason reason = reason(random);
                record(out, "missingReason(" + reason + ")", () -> builder.missingReason(reason));
                break;
            }
            case 6: {
                Optional<MissingReason> reason = Optional.ofNullable(reason(random));
                record(out, "missingReason(" + reason + ")", () -> builder.missingReason(reason));
                break;
            }
            case 7: {
                String note = pick(random, NOTES);
                record(out, "note(" + quoted(note) + ")", () -> builder.note(note));
                break;
            }
            case 8: {
                Optional<String> note = Optional.ofNullable(pick(random, NOTES));
                record(out, "note(" + note.map(OutturnBuilderTranscriptTest::quoted) + ")", () -> builder.note(note));
                break;
            }
            case 9: {
                OutturnFlag flag = flag(random);
                record(out, "addFlags(" + flag + ")", () -> builder.addFlags(flag));
                break;
            }
            case 10: {
                OutturnFlag[] flags = new OutturnFlag[random.nextInt(4)];
                for (int i = 0; i < flags.length; i++) {
                    flags[i] = flag(random);
                }
                record(out, "addFlags(" + Arrays.toString(flags) + ")", () -> builder.addFlags(flags));
                break;
            }
            case 11: {
                List<OutturnFlag> flags = new ArrayList<>();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    flags.add(flag(random));
                }
                Iterable<OutturnFlag> elements;
                if (random.nextBoolean() || flags.contains(null)) {
                    elements = flags;
                } else {
                    elements = flags.isEmpty() ? EnumSet.noneOf(OutturnFlag.class) : EnumSet.copyOf(flags);
                }
                record(out, "addAllFlags(" + elements + ")", () -> builder.addAllFlags(elements));
                break;
            }
            case 12: {
                ConfidenceLevel level = level(random);
                ConfidenceInterval interval = pick(random, INTERVALS);
                record(out, "putConfidenceIntervals(" + level + ", " + interval + ")",
                        () -> builder.putConfidenceIntervals(level, interval));
                break;
            }
            case 13: {
                Map.Entry<ConfidenceLevel, ConfidenceInterval> entry =
                        new AbstractMap.SimpleEntry<>(level(random), pick(random, INTERVALS));
                record(out, "putConfidenceIntervals(entry " + entry + ")", () -> builder.putConfidenceIntervals(entry));
                break;
            }
            case 14: {
                Map<ConfidenceLevel, ConfidenceInterval> entries = new LinkedHashMap<>();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    entries.put(level(random), pick(random, INTERVALS));
                }
                Map<ConfidenceLevel, ConfidenceInterval> given = entries;
                if (random.nextBoolean() && !entries.containsKey(null) && !entries.containsValue(null)) {
                    given = entries.isEmpty() ? new EnumMap<>(ConfidenceLevel.class) : new EnumMap<>(entries);
                }
                Map<ConfidenceLevel, ConfidenceInterval> map = given;
                record(out, "putAllConfidenceIntervals(" + map + ")", () -> builder.putAllConfidenceIntervals(map));
                break;
            }
            default: {
                record(out, "build()", () -> facts(builder.build(), List.of()));
                break;
            }
        }
    }

    private static void factoryCall(SplittableRandom random, StringBuilder out) {
        ReportingPeriod period = pick(random, PERIODS);
        switch (random.nextInt(4)) {
            case 0: {
                BigDecimal value = pick(random, VALUES);
                record(out, "of(" + period + ", " + value + ")", () -> facts(Outturn.of(period, value), List.of()));
                break;
            }
            case 1: {
                BigDecimal value = random.nextBoolean() ? new BigDecimal("1.3") : pick(random, VALUES);
                Fraction fraction = pick(random, FRACTIONS);
                Unit unit = pick(random, UNITS);
                record(out, "ofFraction(" + period + ", " + value + ", " + fraction + ", " + unit + ")",
                        () -> facts(Outturn.ofFraction(period, value, fraction, unit), List.of()));
                break;
            }
            case 2: {
                MissingReason reason = reason(random);
                record(out, "missing(" + period + ", " + reason + ")",
                        () -> facts(Outturn.missing(period, reason), List.of()));
                break;
            }
            default: {
                MissingReason reason = reason(random);
                String note = pick(random, NOTES);
                record(out, "missing(" + period + ", " + reason + ", " + quoted(note) + ")",
                        () -> facts(Outturn.missing(period, reason, note), List.of()));
                break;
            }
        }
    }

    /** What a built outturn shows: its text, queries, and its collections' answers to change and null. */
    private static String facts(Outturn outturn, List<Outturn> earlier) {
        StringBuilder facts = new StringBuilder(outturn.toString());
        facts.append(outturn.isAvailable() ? " available" : "").append(outturn.isProvisional() ? " provisional" : "");
        for (ConfidenceLevel level : ConfidenceLevel.values()) {
            outturn.confidenceInterval(level).ifPresent(interval -> facts.append(' ').append(level.displayName())
                    .append(": ").append(interval));
        }
        Set<OutturnFlag> flags = outturn.flags();
        Map<ConfidenceLevel, ConfidenceInterval> intervals = outturn.confidenceIntervals();
        facts.append(" | flags add ").append(outcome(() -> flags.add(OutturnFlag.ESTIMATED)))
                .append(", remove ").append(outcome(() -> flags.remove(OutturnFlag.PROVISIONAL)))
                .append(", clear ").append(outcome(() -> {
                    flags.clear();
                    return "done";
                }))
                .append(", contains(null) ").append(outcome(() -> flags.contains(null)))
                .append(" | intervals put ").append(outcome(() -> intervals.put(ConfidenceLevel.NINETY_FIVE,
                        INTERVALS.get(0))))
                .append(", clear ").append(outcome(() -> {
                    intervals.clear();
                    return "done";
                }))
                .append(", get(null) ").append(outcome(() -> intervals.get(null)))
                .append(", containsKey(null) ").append(outcome(() -> intervals.containsKey(null)));
        for (Outturn other : earlier) {
            if (other != outturn) {
                boolean equal = other.equals(outturn);
                facts.append(equal ? " | equals an earlier build" : " | differs from an earlier build");
                if (equal) {
                    assertThat(other).hasSameHashCodeAs(outturn);
                }
            }
        }
        return facts.toString();
    }

    private static void record(StringBuilder out, String call, Supplier<Object> action) {
        out.append(call).append(" -> ").append(outcome(action)).append('\n');
    }

    private static String outcome(Supplier<Object> action) {
        try {
            Object result = action.get();
            return result instanceof Outturn.Builder ? "ok" : String.valueOf(result);
        } catch (IncompleteBuilderException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage() + " " + e.missingAttributes();
        } catch (UnsupportedOperationException e) {
            return "unsupported";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static MissingReason reason(SplittableRandom random) {
        int index = random.nextInt(MissingReason.values().length + 1);
        return index == MissingReason.values().length ? null : MissingReason.values()[index];
    }

    private static OutturnFlag flag(SplittableRandom random) {
        int index = random.nextInt(OutturnFlag.values().length + 1);
        return index == OutturnFlag.values().length ? null : OutturnFlag.values()[index];
    }

    private static ConfidenceLevel level(SplittableRandom random) {
        int index = random.nextInt(ConfidenceLevel.values().length + 1);
        return index == ConfidenceLevel.values().length ? null : ConfidenceLevel.values()[index];
    }

    private static String quoted(String text) {
        return text == null ? "null" : "'" + text + "'";
    }
}
