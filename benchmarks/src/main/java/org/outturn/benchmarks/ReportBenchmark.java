package org.outturn.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.outturn.core.Rag;
import org.outturn.core.Rating;
import org.outturn.core.ReportingPeriod;
import org.outturn.csv.ImportOptions;
import org.outturn.csv.OutturnCsv;
import org.outturn.json.OutturnJson;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.rules.report.ReportAssessment;
import org.outturn.rules.report.ReportRow;
import org.outturn.rules.report.ReportSelection;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A whole report: a long-format CSV table of {@code indicators} monthly indicators × 12 months
 * ({@link Documents#writeMonthlyCsv}, 10,000: 120,000 rows, written once to the temporary directory),
 * imported with {@link OutturnCsv#read(Path, ImportOptions)} (relative tolerance 5% as the default
 * policy), rated with {@link ReportAssessment#of} over every outturn, and written as JSON, one line per
 * rated outturn ({@code code}, {@code period} and the {@link Rating} through {@link OutturnJson}'s
 * codecs). The baseline is what a developer would write by hand: split each line at its commas, decide
 * with {@code BigDecimal} comparisons ({@link RatingBenchmark.Decision}), and write records with plain
 * Jackson data-binding. {@link #setUp()} checks once that both rate the same outturns alike.
 * {@link #libraryImport()} times the library's import alone. Scores are per report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBenchmark {

    /** The seed of the table's values. */
    static final long SEED = 20241101L;

    private static final ImportOptions OPTIONS = ImportOptions.defaults().withDefaultPolicy(RatingBenchmark.TOLERANCE);

    @Param("10000")
    int indicators;

    final JsonMapper library = OutturnJson.strict().mapper();
    final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    Path file;

    /** One rated outturn as the library writes it: the rating through the library's codec. */
    record Line(String code, ReportingPeriod period, Rating rating) {
    }

    /** One rated outturn as the baseline writes it: a colour, or why there is none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LineRecord(String code, String period, String rag, String unrated) {
    }

    @Setup(Level.Trial)
    public void setUp() {
        file = Documents.monthlyCsvFile(SEED, indicators);
        List<Line> lines = rate();
        List<LineRecord> records = rateByHand();
        if (lines.size() != records.size() || lines.size() != indicators * 12) {
            throw new IllegalStateException("The library rates " + lines.size() + " outturns and the baseline "
                    + records.size() + ", of " + indicators * 12);
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            LineRecord record = records.get(i);
            String rag = line.rating().rag().map(Rag::name).orElse(null);
            String unrated = line.rating().unratedReason().map(Enum::name).orElse(null);
            if (!line.code().equals(record.code()) || !line.period().toString().equals(record.period())
                    || !Objects.equals(rag, record.rag()) || !Objects.equals(unrated, record.unrated())) {
                throw new IllegalStateException("Row " + (i + 2) + ": the library rates " + line + " and the baseline "
                        + record);
            }
        }
    }

    /** The library: import, rate, and write. */
    @Benchmark
    public byte[] library() {
        return library.writeValueAsBytes(rate());
    }

    /** The library's import alone, the first part of {@link #library()}: how the whole's time divides. */
    @Benchmark
    public OutturnDocument libraryImport() {
        return OutturnCsv.read(file, OPTIONS);
    }

    /** The library's import and rating, as the lines it writes. */
    List<Line> rate() {
        OutturnDocument document = libraryImport();
        ReportAssessment report = ReportAssessment.of(document, ReportSelection.all());
        List<Line> lines = new ArrayList<>(report.rows().size());
        for (ReportRow row : report.rows()) {
            lines.add(new Line(row.indicator().code(), row.period(), row.rating().orElseThrow()));
        }
        return lines;
    }

    /** The baseline: split, decide, and write records. */
    @Benchmark
    public byte[] baseline() {
        return mapper.writeValueAsBytes(rateByHand());
    }

    /**
     * The baseline's reading and deciding: the columns found by name in the header, every other line split
     * at its commas; a blank polarity is a context measure and a value that is not a number no value.
     */
    List<LineRecord> rateByHand() {
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        List<String> header = List.of(text.get(0).split(","));
        int code = header.indexOf("Ref");
        int polarity = header.indexOf("Polarity");
        int target = header.indexOf("Target 2024/25");
        int period = header.indexOf("Period");
        int value = header.indexOf("Value");
        List<LineRecord> records = new ArrayList<>(text.size() - 1);
        for (int i = 1; i < text.size(); i++) {
            String[] cells = text.get(i).split(",", -1);
            String rag = null;
            String unrated = null;
            if (cells[polarity].isEmpty()) {
                unrated = "NOT_RATED_MEASURE";
            } else if (!isNumber(cells[value])) {
                unrated = "NO_OUTTURN";
            } else {
                RatingBenchmark.Decision decision = new RatingBenchmark.Decision(RatingBenchmark.Decision.Kind.TOLERANCE,
                        cells[polarity].startsWith("Higher"), new BigDecimal(cells[target]), null);
                rag = decision.decide(new BigDecimal(cells[value])).name();
            }
            records.add(new LineRecord(cells[code], cells[period], rag, unrated));
        }
        return records;
    }

    private static boolean isNumber(String cell) {
        return !cell.isEmpty() && (Character.isDigit(cell.charAt(0)) || cell.charAt(0) == '-');
    }
}
