package org.outturn.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.outturn.rules.RagPolicy;
import org.outturn.spark.examples.NationalData;

/** Spark's Jackson 2 ({@code com.fasterxml.jackson}) and Outturn's Jackson 3 ({@code tools.jackson}) in one JVM. */
final class JacksonCoexistenceTest {

    @Test
    void jackson2And3_inOneJob_eachWorks() throws Exception {
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.getMajorVersion()).isEqualTo(2);
        assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.getMajorVersion()).isEqualTo(3);
        RagPolicy policy = RagPolicy.create("p", "tolerance", Map.of("tolerance", "relative 5%"));
        Dataset<Row> rows = SharedSpark.session().createDataFrame(
                OutturnRows.of("E1", NationalData.of(1).document(0, 6, 3)), OutturnRows.schema());
        // Spark writes JSON with Jackson 2; the policies were written and rebuilt with Jackson 3 on the executors.
        List<String> json = SparkRater.rate(rows, policy).toJSON().collectAsList();
        assertThat(json).hasSize(18);
        com.fasterxml.jackson.databind.JsonNode first = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.get(0));
        assertThat(first.get("area").asText()).isEqualTo("E1");
        String policyJson = first.get("policy").asText();
        assertThat(new PolicyJson().read(policyJson)).isEqualTo(
                new PolicyJson().read(new PolicyJson().write(NationalData.of(1).document(0, 6, 3)
                        .policyFor(NationalData.of(1).document(0, 6, 3).indicators().get(0)).orElseThrow())));
        assertThat(new PolicyJson().read(new PolicyJson().write(policy))).isEqualTo(policy);
    }
}
