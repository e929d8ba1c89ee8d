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
 * {@code META-INF/services/tools.jackson.databind.JacksonModule} (class path). The tests run on the
 * module path; the services file is checked as a resource.
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

    /**
     * Runs on the module path, as Surefire runs this module's tests, so that discovery above goes
     * through {@code provides}; on the class path it fails rather than pass without checking.
     */
    @Test
    void module_providesJacksonModule() {
        Module module = OutturnModule.class.getModule();
        assertThat(module.isNamed()).as("OutturnModule is in the unnamed module: this test must run on the module "
                + "path (Surefire's useModulePath), where findAndAddModules() reads module-info's provides").isTrue();
        assertThat(module.getName()).isEqualTo("org.outturn.json");
        assertThat(module.getDescriptor().provides()).anySatisfy(provides -> {
            assertThat(provides.service()).isEqualTo(JacksonModule.class.getName());
            assertThat(provides.providers()).contains(OutturnModule.class.getName());
        });
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
