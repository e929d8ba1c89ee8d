package org.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.outturn.core.FinancialQuarter;
import org.outturn.core.ReportingPeriod;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * Discovery: {@code findAndAddModules()} finds {@link OutturnModule}, which is published both with
 * {@code provides} in {@code module-info.java} (module path) and in
 * {@code META-INF/services/tools.jackson.databind.JacksonModule} (class path).
 */
final class ModuleDiscoveryTest {

    @Test
    void findAndAddModules_findsOutturnModule() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        assertThat(mapper.registeredModules()).extracting(JacksonModule::getModuleName)
                .contains(OutturnModule.NAME);
    }

    @Test
    void findAndAddModules_periodRoundTrips() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        ReportingPeriod period = FinancialQuarter.parse("2024/25 Q1");
        String json = mapper.writeValueAsString(period);
        assertThat(json).isEqualTo("\"2024/25 Q1\"");
        assertThat(mapper.readValue(json, ReportingPeriod.class)).isEqualTo(period);
    }

    @Test
    void module_providesJacksonModule() {
        Module module = OutturnModule.class.getModule();
        if (module.isNamed()) {
            assertThat(module.getDescriptor().provides()).anySatisfy(provides -> {
                assertThat(provides.service()).isEqualTo(JacksonModule.class.getName());
                assertThat(provides.providers()).contains(OutturnModule.class.getName());
            });
        }
    }

    @Test
    void servicesFile_namesOutturnModule() throws IOException {
        try (InputStream in = OutturnModule.class.getModule()
                .getResourceAsStream("META-INF/services/tools.jackson.databind.JacksonModule")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip))
                    .contains(OutturnModule.class.getName());
        }
    }
}
