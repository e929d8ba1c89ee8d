package org.outturn.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.outturn.json.OutturnJson;
import org.outturn.rules.plan.ActionPlan;

/**
 * Rewrites the dataset files in Outturn's canonical form (numbers as numbers, fields in order,
 * Outturn's indentation), so that {@code DatasetsTest}'s byte-for-byte round trip holds. Run after
 * editing a dataset by hand: the edited file is read strictly, so a mistake fails here.
 */
final class DatasetsRewrite {

    private DatasetsRewrite() {
    }

    /**
     * Rewrites the datasets in {@code src/main/resources}.
     *
     * @param args  ignored
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources/org/outturn/examples/datasets");
        for (String name : new String[] {"bexley-priority-theme-1-2024-25.json", "bromley-children-2022-23.json"}) {
            Path file = dir.resolve(name);
            Files.writeString(file, OutturnJson.strict().write(OutturnJson.strict().read(file)), StandardCharsets.UTF_8);
        }
        Path plan = dir.resolve("bexley-action-plan-2024-25.json");
        ActionPlan read = OutturnJson.strict().mapper().readValue(plan.toFile(), ActionPlan.class);
        Files.writeString(plan, OutturnJson.strict().mapper().writeValueAsString(read) + System.lineSeparator(),
                StandardCharsets.UTF_8);
    }
}
