package org.outturn.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.Unit;

/**
 * {@link SortedArrayMap}, and the maps of {@link IndicatorEntry#of} built with it, against what they
 * replace: an unmodifiable {@code TreeMap} of the same entries, on seeded random inputs (the seed is
 * printed on failure). Every query, view, refused change and failure must be the same.
 */
final class SortedArrayMapTest {

    private static final String[] PERIODS = {"Apr-2024", "May-2024", "Jun-2024", "Jan-2025", "Mar-2025",
        "Apr-2025", "2023/24", "2024/25", "2025/26", "2024/25 Q1", "2024/25 Q3", "2024", "2025", "Dec-2023"};

    private static final Indicator INDICATOR = Indicator.builder().code("A").title("A").unit(Unit.count(0))
            .polarity(Polarity.HIGHER_IS_BETTER).frequency(Frequency.MONTHLY).build();

    @Test
    void queries_randomMaps_answerAsTreeMap() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int run = 0; run < 2_000; run++) {
            TreeMap<ReportingPeriod, String> tree = new TreeMap<>();
            for (int i = random.nextInt(8); i > 0; i--) {
                tree.put(period(random), "v" + random.nextInt(4));
            }
            SortedMap<ReportingPeriod, String> expected = Collections.unmodifiableSortedMap(tree);
            SortedMap<ReportingPeriod, String> actual = SortedArrayMap.copyOf(tree);
            try {
                assertSameMap(actual, expected, random);
            } catch (AssertionError ex) {
                throw new AssertionError("seed " + seed + ", run " + run + ": " + ex.getMessage(), ex);
            }
        }
    }

    @Test
    void of_randomOutturns_sameMapsAndErrorsAsTreeMaps() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int run = 0; run < 5_000; run++) {
            List<Outturn> outturns = new ArrayList<>();
            for (int i = random.nextInt(10); i > 0; i--) {
                outturns.add(Outturn.of(period(random), BigDecimal.valueOf(random.nextInt(100))));
            }
            if (random.nextBoolean()) {
                // mostly in order, as documents give them
                outturns.sort((a, b) -> a.period().compareTo(b.period()));
                if (random.nextInt(4) == 0 && outturns.size() > 1) {
                    Collections.swap(outturns, random.nextInt(outturns.size()), random.nextInt(outturns.size()));
                }
            }
            Map<ReportingPeriod, Rating> published = new java.util.LinkedHashMap<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                published.put(period(random), Rating.of(Rag.values()[random.nextInt(Rag.values().length)]));
            }
            String context = "seed " + seed + ", run " + run + ": " + outturns;
            Object expected = outcome(() -> oldOutturns(outturns));
            Object actual = outcome(() -> IndicatorEntry.of(INDICATOR, outturns, null, published).outturns());
            if (expected instanceof Throwable ex) {
                assertThat(actual).as(context).isInstanceOf(ex.getClass());
                assertThat(((Throwable) actual).getMessage()).as(context).isEqualTo(ex.getMessage());
                continue;
            }
            IndicatorEntry entry = IndicatorEntry.of(INDICATOR, outturns, null, published);
            try {
                assertSameMap(entry.outturns(), (SortedMap<ReportingPeriod, Outturn>) expected, random);
                assertSameMap(entry.published(), Collections.unmodifiableSortedMap(new TreeMap<>(published)), random);
            } catch (AssertionError ex) {
                throw new AssertionError(context + ": " + ex.getMessage(), ex);
            }
        }
    }

    @Test
    void of_nullOutturn_failsNamingIt() {
        List<Outturn> outturns = new ArrayList<>();
        outturns.add(Outturn.of(ReportingPeriod.parse("Apr-2024"), BigDecimal.ONE));
        outturns.add(null);
        assertThat(catchThrowable(() -> IndicatorEntry.of(INDICATOR, outturns))).isInstanceOf(NullPointerException.class)
                .hasMessage("outturn");
    }

    @Test
    void of_noPublished_sharesTheEmptyMap() {
        IndicatorEntry one = IndicatorEntry.of(INDICATOR, List.of());
        IndicatorEntry two = IndicatorEntry.of(INDICATOR, List.of(Outturn.of(ReportingPeriod.parse("2024/25"),
                BigDecimal.ONE)));
        assertThat(one.published()).isSameAs(two.published()).isSameAs(one.outturns()).isEmpty();
    }

    /** The outturns map as {@code IndicatorEntry.of} made it before. */
    private static SortedMap<ReportingPeriod, Outturn> oldOutturns(Collection<Outturn> outturns) {
        SortedMap<ReportingPeriod, Outturn> byPeriod = new TreeMap<>();
        for (Outturn outturn : outturns) {
            Objects.requireNonNull(outturn, "outturn");
            if (byPeriod.put(outturn.period(), outturn) != null) {
                throw new IllegalArgumentException("Invalid value for outturns of " + INDICATOR.code()
                        + " (one per period): " + outturn.period());
            }
        }
        return Collections.unmodifiableSortedMap(byPeriod);
    }

    private static ReportingPeriod period(Random random) {
        return ReportingPeriod.parse(PERIODS[random.nextInt(PERIODS.length)]);
    }

    private static Object outcome(java.util.function.Supplier<Object> run) {
        try {
            return run.get();
        } catch (RuntimeException ex) {
            return ex;
        }
    }

    /** Asserts that every query of the two maps, and of their views, answers alike. */
    static <V> void assertSameMap(SortedMap<ReportingPeriod, V> actual, SortedMap<ReportingPeriod, V> expected,
            Random random) {
        assertThat(actual).isEqualTo(expected);
        assertThat(expected).isEqualTo(actual);
        assertThat(actual.hashCode()).isEqualTo(expected.hashCode());
        assertThat(actual.toString()).isEqualTo(expected.toString());
        assertThat(actual.size()).isEqualTo(expected.size());
        assertThat(actual.isEmpty()).isEqualTo(expected.isEmpty());
        assertThat(actual.comparator()).isNull();
        assertThat(new ArrayList<>(actual.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
        assertThat(new ArrayList<>(actual.values())).isEqualTo(new ArrayList<>(expected.values()));
        assertThat(new ArrayList<>(actual.entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        assertThat(actual.entrySet()).isEqualTo(expected.entrySet());
        assertThat(actual.entrySet().hashCode()).isEqualTo(expected.entrySet().hashCode());
        List<Object> seen = new ArrayList<>();
        actual.forEach((k, v) -> seen.add(k + "=" + v));
        List<Object> seenExpected = new ArrayList<>();
        expected.forEach((k, v) -> seenExpected.add(k + "=" + v));
        assertThat(seen).isEqualTo(seenExpected);
        assertSameOutcome(m -> m.firstKey(), actual, expected);
        assertSameOutcome(m -> m.lastKey(), actual, expected);
        for (String text : PERIODS) {
            ReportingPeriod key = ReportingPeriod.parse(text);
            assertThat(actual.get(key)).isEqualTo(expected.get(key));
            assertThat(actual.containsKey(key)).isEqualTo(expected.containsKey(key));
            assertThat(actual.keySet().contains(key)).isEqualTo(expected.keySet().contains(key));
            assertSameOutcome(m -> m.headMap(key), actual, expected);
            assertSameOutcome(m -> m.tailMap(key), actual, expected);
            ReportingPeriod other = period(random);
            assertSameOutcome(m -> m.subMap(key, other), actual, expected);
            assertSameOutcome(m -> m.headMap(key).headMap(other), actual, expected);
            assertSameOutcome(m -> m.tailMap(key).tailMap(other), actual, expected);
        }
        for (V value : expected.values()) {
            assertThat(actual.containsValue(value)).isTrue();
        }
        assertThat(actual.containsValue("nothing")).isEqualTo(expected.containsValue("nothing"));
        assertThat(actual.containsValue(null)).isEqualTo(expected.containsValue(null));
        assertSameOutcome(m -> m.get(null), actual, expected);
        assertSameOutcome(m -> m.containsKey(null), actual, expected);
        assertSameOutcome(m -> m.get("Apr-2024"), actual, expected);
        assertSameOutcome(m -> m.containsKey(new Object()), actual, expected);
        ReportingPeriod some = period(random);
        assertSameOutcome(m -> m.put(some, null), actual, expected);
        assertSameOutcome(m -> m.remove(some), actual, expected);
        assertSameOutcome(m -> {
            m.clear();
            return null;
        }, actual, expected);
        assertSameOutcome(m -> m.keySet().remove(some), actual, expected);
        assertSameOutcome(m -> m.values().remove(null), actual, expected);
        assertSameOutcome(m -> {
            m.entrySet().iterator().next().setValue(null);
            return null;
        }, actual, expected);
        assertSameOutcome(m -> m.headMap(some).put(some, null), actual, expected);
        assertSameOutcome(m -> {
            m.forEach(null);
            return null;
        }, actual, expected);
    }

    /** Asserts that a query gives equal results on both maps, or fails with the same exception type. */
    private static <V> void assertSameOutcome(Function<SortedMap<ReportingPeriod, V>, Object> query,
            SortedMap<ReportingPeriod, V> actual, SortedMap<ReportingPeriod, V> expected) {
        Object want = outcome(() -> query.apply(expected));
        Object got = outcome(() -> query.apply(actual));
        if (want instanceof RuntimeException ex) {
            assertThat(got).isInstanceOf(ex.getClass());
        } else {
            assertThat(got).isEqualTo(want);
            if (want != null) {
                assertThat(got.toString()).isEqualTo(want.toString());
            }
        }
    }
}
