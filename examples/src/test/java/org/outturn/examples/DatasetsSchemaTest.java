package org.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.outturn.json.OutturnJson;

/** The bundled datasets validate against the JSON Schema that io-json ships. */
final class DatasetsSchemaTest {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(OutturnJson.schema(), InputFormat.JSON);

    @ParameterizedTest
    @ValueSource(strings = {Datasets.BEXLEY_THEME_1, Datasets.BROMLEY_CHILDREN, Datasets.BEXLEY_ACTION_PLAN})
    void dataset_validatesAgainstSchema(String resource) throws IOException {
        String json;
        try (InputStream in = Datasets.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(SCHEMA.validate(json, InputFormat.JSON)).as(resource).isEmpty();
    }
}
