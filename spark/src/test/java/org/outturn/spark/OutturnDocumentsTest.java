package org.outturn.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outturn.json.OutturnJson;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.spark.examples.NationalData;

final class OutturnDocumentsTest {

    @Test
    void read_documents_yieldsTheOutturnsOutturnJsonReads(@TempDir Path dir) throws Exception {
        List<Row> expected = new ArrayList<>();
        for (int area = 0; area < 3; area++) {
            Path file = dir.resolve(NationalData.areaCode(area) + ".json");
            Files.writeString(file, OutturnJson.strict().write(NationalData.of(11).document(area, 12, 13)));
        }
        Path bromley = Path.of("../io-json/src/test/resources/org/outturn/json/examples/bromley-rows-14-19.json");
        Files.copy(bromley, dir.resolve("E09000006.json"));
        try (var files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                OutturnDocument document = OutturnJson.strict().read(file);
                expected.addAll(OutturnRows.of(OutturnDocuments.area(file.toString()), document));
            }
        }
        List<Row> read = OutturnDocuments.read(SharedSpark.session(), dir.toUri() + "*.json").collectAsList();
        assertThat(read).hasSize(expected.size()).hasSizeGreaterThan(3 * 12 * 13);
        assertThat(read.stream().map(OutturnDocumentsTest::cells).toList())
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(OutturnDocumentsTest::cells).toList());
    }

    private static List<Object> cells(Row row) {
        List<Object> cells = new ArrayList<>();
        for (int i = 0; i < row.length(); i++) {
            cells.add(row.get(i));
        }
        return cells;
    }

    @Test
    void read_invalidDocument_failsNamingTheFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("E1.json"), "{\"format\": \"outturn/2\", \"indicators\": []}");
        String message = null;
        try {
            OutturnDocuments.read(SharedSpark.session(), dir.toUri() + "*.json").collectAsList();
        } catch (Exception ex) { // a SparkException, which Scala throws unchecked
            message = String.valueOf(ex.getMessage());
        }
        assertThat(message).contains("E1.json: Invalid format at $.format: unsupported format 'outturn/2' "
                + "(supported: outturn/1)");
    }

    @Test
    void area_isTheFileNameWithoutJson() {
        assertThat(OutturnDocuments.area("hdfs://host/reports/E09000004.json")).isEqualTo("E09000004");
        assertThat(OutturnDocuments.area("file:/tmp/E1")).isEqualTo("E1");
    }
}
