package org.outturn.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.outturn.rules.report.OutturnDocument;
import org.outturn.json.OutturnJson;
import org.outturn.rules.plan.ActionPlan;
import tools.jackson.databind.JsonNode;

/**
 * The seed council reports as datasets in the {@code outturn/1} JSON format, shipped in the
 * {@code datasets} folder beside this class and read with {@link OutturnJson#strict()}.
 *
 * <p>The JSON files are the source of truth. Each document's {@code notes}, and each indicator's,
 * say what the seed printed illegibly or run together and how it was read, and which choices
 * (polarity, target readings, policies) are the dataset's rather than the report's.
 *
 * <ul>
 *   <li>{@link #bexleyTheme1()}: {@value #BEXLEY_THEME_1}, the 57 rows of Bexley's annual performance
 *       report 2024/25, priority theme 1 (seed {@code 000});
 *   <li>{@link #bromleyChildren()}: {@value #BROMLEY_CHILDREN}, Appendix 1 (rows 14 to 33) of Bromley's
 *       children's scrutiny performance index 2022/23 (seed {@code 004});
 *   <li>{@link #bexleyActionPlan()}: {@value #BEXLEY_ACTION_PLAN}, the 128 printed rows of Bexley's
 *       corporate action plan 2024/25 (seed {@code 001}), the duplicated Place rows included, as the
 *       {@code actionPlan} of a document with no indicators.
 * </ul>
 *
 * <p>Each call reads the resource again and returns a new, immutable value. This class is
 * stateless and thread-safe.
 */
public final class Datasets {

    /** The resource name of the Bexley priority theme 1 dataset, relative to this class. */
    public static final String BEXLEY_THEME_1 = "datasets/bexley-priority-theme-1-2024-25.json";
    /** The resource name of the Bromley children's scrutiny dataset, relative to this class. */
    public static final String BROMLEY_CHILDREN = "datasets/bromley-children-2022-23.json";
    /** The resource name of the Bexley action plan dataset, relative to this class. */
    public static final String BEXLEY_ACTION_PLAN = "datasets/bexley-action-plan-2024-25.json";

    /** The name the command line knows a dataset by: its file name without {@code .json}. */
    private static final List<String> RESOURCES = List.of(BEXLEY_ACTION_PLAN, BEXLEY_THEME_1,
            BROMLEY_CHILDREN);

    private Datasets() {
    }

    /**
     * Returns the bundled datasets by the name the command line knows them by (the file name without
     * {@code .json}, such as {@code bromley-children-2022-23}), in alphabetical order, each with its
     * title: the document's {@code title}, or for a dataset without one, what it is.
     *
     * @return the names and titles, unmodifiable, not null
     * @throws UncheckedIOException if a resource cannot be read
     */
    public static Map<String, String> catalogue() {
        Map<String, String> catalogue = new LinkedHashMap<>();
        for (String resource : RESOURCES) {
            String name = resource.substring(resource.lastIndexOf('/') + 1, resource.length() - ".json".length());
            try (InputStream in = open(resource)) {
                JsonNode title = OutturnJson.strict().mapper().readTree(in).get("title");
                catalogue.put(name, title != null && title.isString() ? title.asString() : "(no title)");
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return Collections.unmodifiableMap(catalogue);
    }

    /**
     * Reads Bexley's annual performance report 2024/25, priority theme 1: 57 indicators
     * ({@code ASCH_01} to {@code CS_22}) with both financial-year outturns, the published RAG for
     * 2024/25, the published direction of travel in each entry's notes, and the policy
     * {@code bexley} (relative tolerance of 5%).
     *
     * @return the document, not null
     * @throws UncheckedIOException if the resource cannot be read
     * @throws org.outturn.json.OutturnJsonException if the resource is not a valid document
     */
    public static OutturnDocument bexleyTheme1() {
        return document(BEXLEY_THEME_1);
    }

    /**
     * Reads Bromley's children's scrutiny performance index 2022/23, Appendix 1: rows 14 to 33 with
     * targets or ranges, England and London benchmarks, prior years, monthly and year-to-date
     * outturns, the published RAG, and one policy, {@code bromley}, the default for every indicator: a
     * {@code first-applicable} of a 5% tolerance, thresholds, a band with a 5% margin and no target.
     *
     * @return the document, not null
     * @throws UncheckedIOException if the resource cannot be read
     * @throws org.outturn.json.OutturnJsonException if the resource is not a valid document
     */
    public static OutturnDocument bromleyChildren() {
        return document(BROMLEY_CHILDREN);
    }

    /**
     * Reads Bexley's corporate action plan 2024/25 as printed: 128 items, 12 of them the Place
     * directorate's rows printed twice. The dataset is an {@code outturn/1} document with no
     * indicators whose {@code actionPlan} is this plan.
     *
     * @return the plan, not null
     * @throws UncheckedIOException if the resource cannot be read
     * @throws org.outturn.json.OutturnJsonException if the resource is not a valid document
     * @throws IllegalStateException if the document has no action plan
     */
    public static ActionPlan bexleyActionPlan() {
        return document(BEXLEY_ACTION_PLAN).actionPlan().orElseThrow(() ->
                new IllegalStateException("No actionPlan in dataset " + BEXLEY_ACTION_PLAN));
    }

    private static OutturnDocument document(String resource) {
        try (InputStream in = open(resource)) {
            return OutturnJson.strict().read(in);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = Datasets.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("Missing resource " + resource);
        }
        return in;
    }
}
