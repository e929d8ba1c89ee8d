package org.outturn.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import org.outturn.json.OutturnJson;
import org.outturn.rules.report.OutturnDocument;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing an {@code outturn/1} document of {@code indicators} monthly indicators with twelve
 * outturns each, with {@link OutturnJson#strict()}, against two baselines: plain Jackson data-binding of
 * equivalent Java records, and Jackson reading the same bytes into a {@link JsonNode} tree (decimals as
 * {@code BigDecimal} with their scale, as the library keeps them). All read the same bytes, and the records
 * and the tree each write them back byte for byte (checked once in {@link #setUp()}). Scores are per
 * document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonBenchmark {

    /** The seed of the document's values. */
    static final long SEED = 20241101L;

    @Param("10000")
    int indicators;

    final OutturnJson json = OutturnJson.strict();
    final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    /** A tree keeps every decimal's digits and scale ({@code 97.30} stays {@code 97.30}), as the library does. */
    final JsonMapper treeMapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    OutturnDocument document;
    DocumentRecord records;
    byte[] bytes;

    /** The document as plain records: what a developer would bind instead. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record DocumentRecord(String format, List<IndicatorRecord> indicators) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record IndicatorRecord(String code, String title, String unit, String polarity, String frequency,
            String measureType, Map<String, TargetRecord> targets, Map<String, OutturnRecord> outturns) {
    }

    record TargetRecord(String kind, BigDecimal value) {
    }

    record OutturnRecord(BigDecimal value) {
    }

    @Setup(Level.Trial)
    public void setUp() {
        document = Documents.monthly(SEED, indicators);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(document, out);
        bytes = out.toByteArray();
        records = mapper.readValue(bytes, DocumentRecord.class);
        if (!json.read(new ByteArrayInputStream(bytes)).equals(document)) {
            throw new IllegalStateException("The library does not read back what it wrote");
        }
        checkSameBytes("records", mapper.writeValueAsBytes(records));
        checkSameBytes("tree", treeMapper.writeValueAsBytes(treeMapper.readTree(bytes)));
    }

    private void checkSameBytes(String what, byte[] again) {
        if (!Arrays.equals(again, bytes)) {
            int at = Arrays.mismatch(again, bytes);
            int from = Math.max(0, at - 200);
            throw new IllegalStateException("Written back from the " + what + ", the bytes differ from index " + at + ":\n"
                    + new String(bytes, from, Math.min(bytes.length - from, 400), StandardCharsets.UTF_8) + "\n---\n"
                    + new String(again, from, Math.min(again.length - from, 400), StandardCharsets.UTF_8));
        }
    }

    @Benchmark
    public OutturnDocument readLibrary() {
        return json.read(new ByteArrayInputStream(bytes));
    }

    @Benchmark
    public DocumentRecord readBaseline() {
        return mapper.readValue(bytes, DocumentRecord.class);
    }

    /** The second baseline: the same bytes into a tree, with exact decimals. */
    @Benchmark
    public JsonNode readTree() {
        return treeMapper.readTree(bytes);
    }

    @Benchmark
    public byte[] writeLibrary() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        json.write(document, out);
        return out.toByteArray();
    }

    @Benchmark
    public byte[] writeBaseline() {
        return mapper.writeValueAsBytes(records);
    }
}
