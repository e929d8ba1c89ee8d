package org.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outturn.core.Outturn;
import org.outturn.core.ReportingMonth;
import org.outturn.rules.report.IndicatorEntry;

/**
 * Reads a document of 100,000 indicators with 12 monthly outturns each (about 49 MB of JSON, never
 * held in memory: a {@link Reader} writes it as it is read) with {@link DocumentReader}. The build
 * runs this class alone in a JVM of 64 MB heap (Surefire execution {@code large-document-small-heap}),
 * which a whole-document read could not fit in.
 */
final class LargeDocumentTest {

    private static final int INDICATORS = 100_000;
    private static final String[] MONTHS = {"Apr-2024", "May-2024", "Jun-2024", "Jul-2024", "Aug-2024", "Sep-2024",
        "Oct-2024", "Nov-2024", "Dec-2024", "Jan-2025", "Feb-2025", "Mar-2025"};

    /** Writes the document indicator by indicator as characters are asked for. */
    static final class GeneratedDocument extends Reader {
        private final StringBuilder chunk = new StringBuilder(4096);
        private int position;
        private int next;
        private boolean ended;
        private long chars;

        GeneratedDocument() {
            chunk.append("{\"format\":\"outturn/1\",\"title\":\"Large\",\"source\":\"generated\",")
                    .append("\"policies\":[{\"name\":\"monthly\",\"strategy\":\"thresholds\"}],\"indicators\":[");
        }

        static String code(int i) {
            return String.format("LD_%06d", i);
        }

        static String value(int i, int month) {
            return (i % 1000) + "." + (month < 10 ? "0" : "") + month;
        }

        private boolean fill() {
            chunk.setLength(0);
            position = 0;
            if (next == INDICATORS) {
                if (ended) {
                    return false;
                }
                chunk.append("]}\n");
                ended = true;
                return true;
            }
            int i = next++;
            if (i > 0) {
                chunk.append(',');
            }
            chunk.append("{\"code\":\"").append(code(i)).append("\",\"title\":\"Indicator ").append(i)
                    .append("\",\"unit\":\"percentage:2\",\"polarity\":\"HIGHER_IS_BETTER\",\"frequency\":\"MONTHLY\",")
                    .append("\"policy\":\"monthly\",\"outturns\":{");
            for (int m = 0; m < MONTHS.length; m++) {
                chunk.append(m == 0 ? "" : ",").append('"').append(MONTHS[m]).append("\":{\"value\":")
                        .append(value(i, m)).append('}');
            }
            chunk.append("}}");
            return true;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position == chunk.length() && !fill()) {
                return -1;
            }
            int n = Math.min(length, chunk.length() - position);
            chunk.getChars(position, position + n, buffer, offset);
            position += n;
            chars += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void openReader_100kIndicatorsOf12Months_readsInSmallHeap() {
        long start = System.nanoTime();
        GeneratedDocument input = new GeneratedDocument();
        int entries = 0;
        long outturns = 0;
        BigDecimal total = BigDecimal.ZERO;
        try (DocumentReader reader = OutturnJson.strict().openReader(input)) {
            assertThat(reader.title()).contains("Large");
            assertThat(reader.policies()).containsOnlyKeys("monthly");
            while (reader.hasNext()) {
                IndicatorEntry entry = reader.next();
                assertThat(entry.indicator().code()).isEqualTo(GeneratedDocument.code(entries));
                if (entries % 10_007 == 0) {
                    Map.Entry<?, Outturn> last = entry.outturns().entrySet().stream().reduce((a, b) -> b).orElseThrow();
                    assertThat(last.getKey()).isEqualTo(ReportingMonth.parse("Mar-2025"));
                    assertThat(last.getValue().value()).contains(new BigDecimal(GeneratedDocument.value(entries, 11)));
                }
                for (Outturn outturn : entry.outturns().values()) {
                    total = total.add(outturn.value().orElseThrow());
                }
                outturns += entry.outturns().size();
                entries++;
            }
            assertThat(reader.count()).isEqualTo(INDICATORS);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("LargeDocumentTest: %,d indicators, %,d outturns, %,d characters read in %,d ms; "
                + "max heap %,d MB, used now %,d MB%n", entries, outturns, input.chars, millis,
                runtime.maxMemory() >> 20, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        assertThat(entries).isEqualTo(INDICATORS);
        assertThat(outturns).isEqualTo(12L * INDICATORS);
        // each indicator i contributes 12 * (i % 1000) + (0.00 + 0.01 + ... + 0.11) = 12 * (i % 1000) + 0.66
        BigDecimal expected = BigDecimal.valueOf(12L * 100 * (999L * 1000 / 2)).add(new BigDecimal("0.66")
                .multiply(BigDecimal.valueOf(INDICATORS)));
        assertThat(total).isEqualByComparingTo(expected);
    }
}
