package org.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.outturn.core.ReportingPeriod;
import tools.jackson.core.JsonParser;

/**
 * {@link ModelCodecs.PeriodKeys} kept for every map of a document ({@link DocumentScope#periodKeys()}),
 * cleared between maps and remembering the period of each key text, against a fresh one per map, on
 * seeded random maps (the seed is printed on failure): the same periods, and the same failures with
 * the same messages, for maps of a few keys and of more than sixteen (where the keys are hashed).
 */
final class PeriodKeysTest {

    private static final String[] KEYS = {"Apr-2024", "May-2024", "apr-24", "2024/25", "FY2024/25", "2024/2025",
        "2024/25 Q1", "Q1 2024/25", "2025", "Jun-2024", "Jul-2024", "Aug-2024", "Sep-2024", "Oct-2024", "Nov-2024",
        "Dec-2024", "Jan-2025", "Feb-2025", "Mar-2025", "2023/24", "2022/23", "2021/22", "2020/21", "not a period"};

    @Test
    void kept_randomMaps_readAsFreshKeys() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        DocumentScope scope = new DocumentScope(false, null);
        try (JsonParser p = OutturnJson.strict().mapper().createParser("{}")) {
            for (int run = 0; run < 5_000; run++) {
                List<String> map = new ArrayList<>();
                for (int i = random.nextInt(random.nextBoolean() ? 6 : 24); i > 0; i--) {
                    // a new String each time, as the parser gives
                    map.add(new String(KEYS[random.nextInt(KEYS.length)]));
                }
                ModelCodecs.PeriodKeys kept = scope.periodKeys();
                ModelCodecs.PeriodKeys fresh = new ModelCodecs.PeriodKeys();
                for (String key : map) {
                    Object expected = outcome(() -> fresh.add(p, key, "outturns"));
                    Object actual = outcome(() -> kept.add(p, key, "outturns"));
                    String context = "seed " + seed + ", run " + run + ", keys " + map + ", at " + key;
                    if (expected instanceof RuntimeException ex) {
                        assertThat(actual).as(context).isInstanceOf(ex.getClass());
                        assertThat(((RuntimeException) actual).getMessage()).as(context).isEqualTo(ex.getMessage());
                        break;
                    }
                    assertThat(actual).as(context).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void kept_manyKeyTexts_remembersAtMostTheLimit() {
        DocumentScope scope = new DocumentScope(false, null);
        try (JsonParser p = OutturnJson.strict().mapper().createParser("{}")) {
            String[] months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
            int texts = 0;
            for (int year = 1990; texts < 2 * ModelCodecs.PeriodKeys.MAX_PARSED; year++) {
                ModelCodecs.PeriodKeys keys = scope.periodKeys();
                for (String month : months) {
                    String text = month + "-" + year;
                    assertThat(keys.add(p, text, "outturns")).isEqualTo(ReportingPeriod.parse(text));
                    texts++;
                }
            }
        }
    }

    private static Object outcome(java.util.function.Supplier<Object> run) {
        try {
            return run.get();
        } catch (RuntimeException ex) {
            return ex;
        }
    }
}
