package org.outturn.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Matching of groups to a standard population's bands by label. */
final class Bands {

    private Bands() {
    }

    /**
     * Returns the rows of each band of the standard, in the standard's order.
     *
     * @throws IllegalArgumentException naming an extra band, a missing band, or (if {@code once}) a
     *     band given twice
     */
    static <T> Map<String, List<T>> match(List<T> rows, Function<T, String> band, StandardPopulation standard,
            boolean once) {
        Objects.requireNonNull(rows, "bands");
        Map<String, List<T>> byBand = new LinkedHashMap<>();
        for (String label : standard.bands()) {
            byBand.put(label, new java.util.ArrayList<>());
        }
        for (T row : rows) {
            Objects.requireNonNull(row, "bands");
            String label = band.apply(row);
            List<T> bandRows = byBand.get(label);
            if (bandRows == null) {
                throw Checks.invalid("band", "not a band of the " + standard.name() + ", whose bands are "
                        + String.join(", ", standard.bands()), label);
            }
            if (once && !bandRows.isEmpty()) {
                throw Checks.invalid("bands", "each band at most once", label);
            }
            bandRows.add(row);
        }
        for (Map.Entry<String, List<T>> entry : byBand.entrySet()) {
            if (entry.getValue().isEmpty()) {
                throw Checks.invalid("bands", "missing a band of the " + standard.name(), entry.getKey());
            }
        }
        return byBand;
    }
}
