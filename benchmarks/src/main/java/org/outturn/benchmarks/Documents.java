package org.outturn.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.outturn.core.FinancialYear;
import org.outturn.core.Frequency;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Polarity;
import org.outturn.core.ReportingMonth;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.json.OutturnJson;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** The documents the JSON, streaming and report benchmarks read and write, and their files. */
final class Documents {

    private static final FinancialYear YEAR = FinancialYear.of(2024);

    private Documents() {
    }

    /**
     * A seeded document of monthly indicators, each with a target for 2024/25 and an outturn for each
     * month from Apr-2024 to Mar-2025 (one decimal place, as published).
     *
     * @param seed  the seed of the values
     * @param indicators  how many indicators
     * @return the document, not null
     */
    static OutturnDocument monthly(long seed, int indicators) {
        SplittableRandom random = new SplittableRandom(seed);
        List<IndicatorEntry> entries = new ArrayList<>(indicators);
        for (int i = 0; i < indicators; i++) {
            entries.add(entry(random, i));
        }
        return OutturnDocument.of(entries);
    }

    /** The indicator {@code i} of {@link #monthly}, drawn from {@code random} in sequence. */
    private static IndicatorEntry entry(SplittableRandom random, int i) {
        Indicator indicator = Indicator.builder().code(String.format("BM_%05d", i)).title("Benchmark indicator " + i)
                .unit(Unit.percentage(1))
                .polarity(random.nextBoolean() ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER)
                .frequency(Frequency.MONTHLY)
                .putTargets(YEAR, Target.single(BigDecimal.valueOf(100 + random.nextInt(900), 1)))
                .build();
        List<Outturn> outturns = new ArrayList<>(12);
        for (int m = 0; m < 12; m++) {
            ReportingMonth month = ReportingMonth.of(2024, 4).plusMonths(m);
            outturns.add(Outturn.of(month, BigDecimal.valueOf(random.nextInt(1000), 1)));
        }
        return IndicatorEntry.of(indicator, outturns);
    }

    /**
     * Writes the document {@link #monthly(long, int)} would build, one indicator at a time with the
     * library's codecs, so that a document far larger than the heap can be written: the same JSON
     * value as {@link OutturnJson#write(OutturnDocument)} (the indentation may differ).
     *
     * @param seed  the seed of the values
     * @param indicators  how many indicators
     * @param out  where to write, not closed
     */
    static void writeMonthly(long seed, int indicators, OutputStream out) {
        SplittableRandom random = new SplittableRandom(seed);
        JsonMapper mapper = OutturnJson.strict().mapper();
        try (JsonGenerator gen = mapper.createGenerator(out)) {
            gen.writeStartObject();
            gen.writeStringProperty("format", OutturnDocument.FORMAT);
            gen.writeName("indicators");
            gen.writeStartArray();
            for (int i = 0; i < indicators; i++) {
                mapper.writeValue(gen, entry(random, i));
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
    }

    /**
     * Returns the file of {@link #writeMonthly} for this seed and size in the temporary directory,
     * writing it the first time.
     *
     * @param seed  the seed of the values
     * @param indicators  how many indicators
     * @return the file, not null
     */
    static Path monthlyFile(long seed, int indicators) {
        return cached("monthly-" + seed + "-" + indicators + ".json", out -> writeMonthly(seed, indicators, out));
    }

    /**
     * Writes a seeded long-format CSV table of monthly indicators as {@code outturn-io-csv} reads it: the
     * columns {@code Ref, Indicator, Unit, Polarity, Frequency, Target 2024/25, Period, Value}, one row per
     * indicator and month from Apr-2024 to Mar-2025, every column filled on every row (as a spreadsheet
     * export is). One indicator in twenty has no polarity and no target (a context measure); one value in
     * twenty is {@code n/a}; the others have one decimal place, as published. No cell needs quoting.
     *
     * @param seed  the seed of the values
     * @param indicators  how many indicators
     * @param out  where to write, not closed
     */
    static void writeMonthlyCsv(long seed, int indicators, OutputStream out) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder(1 << 16);
        text.append(CSV_HEADER).append("\r\n");
        try {
            for (int i = 0; i < indicators; i++) {
                boolean context = random.nextInt(20) == 0;
                String polarity = context ? "" : random.nextBoolean() ? "Higher is better" : "Lower is better";
                String target = context ? "" : BigDecimal.valueOf(100 + random.nextInt(900), 1).toPlainString();
                String prefix = String.format("BM_%05d,Benchmark indicator %d,percentage:1,%s,Monthly,%s,", i, i,
                        polarity, target);
                for (int m = 0; m < 12; m++) {
                    String value = random.nextInt(20) == 0 ? "n/a"
                            : BigDecimal.valueOf(random.nextInt(1000), 1).toPlainString();
                    text.append(prefix).append(ReportingMonth.of(2024, 4).plusMonths(m)).append(',').append(value)
                            .append("\r\n");
                }
                if (text.length() > 1 << 15) {
                    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
                    text.setLength(0);
                }
            }
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The header row of {@link #writeMonthlyCsv}. */
    static final String CSV_HEADER = "Ref,Indicator,Unit,Polarity,Frequency,Target 2024/25,Period,Value";

    /**
     * Returns the file of {@link #writeMonthlyCsv} for this seed and size in the temporary directory,
     * writing it the first time.
     *
     * @param seed  the seed of the values
     * @param indicators  how many indicators
     * @return the file, not null
     */
    static Path monthlyCsvFile(long seed, int indicators) {
        return cached("monthly-" + seed + "-" + indicators + ".csv", out -> writeMonthlyCsv(seed, indicators, out));
    }

    /** Something that writes a generated file. */
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Returns the file of this name in {@code outturn-benchmarks} of the temporary directory, writing it
     * the first time: to a temporary name, then moved, so that a run stopped half-way never leaves a
     * partial file behind. Generated files are never kept in the repository.
     */
    private static Path cached(String name, Content content) {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "outturn-benchmarks");
        Path file = dir.resolve(name);
        if (Files.isRegularFile(file)) {
            return file;
        }
        try {
            Files.createDirectories(dir);
            Path part = Files.createTempFile(dir, name, ".part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part))) {
                content.writeTo(out);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
