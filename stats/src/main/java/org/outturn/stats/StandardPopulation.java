package org.outturn.stats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.outturn.core.Decimals;

/**
 * A standard population for direct standardisation: a weight per age band, each band named by its
 * label (such as {@code 0-4} or {@code 90+}), in order.
 *
 * <p>The {@linkplain #europeanStandard2013() European Standard Population 2013} ships with the
 * library; any other standard is given by its bands. Groups are matched to the standard's bands by
 * label, never by position.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StandardPopulation {

    private static final String ESP_2013_NAME = "European Standard Population 2013";
    private static final StandardPopulation ESP_2013 = load();

    private final String name;
    private final Map<String, BigDecimal> weights;
    private final BigDecimal total;

    private StandardPopulation(String name, Map<String, BigDecimal> weights) {
        this.name = name;
        this.weights = weights;
        this.total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Returns the European Standard Population 2013 (Eurostat 2013): 19 bands {@code 0-4},
     * {@code 5-9}, ..., {@code 85-89}, {@code 90+} with weights from 5000 (0-4) to 1000 (90+),
     * summing to 100000.
     *
     * @return the standard, not null
     */
    public static StandardPopulation europeanStandard2013() {
        return ESP_2013;
    }

    /**
     * Returns a standard population of its bands, in order, such as
     * {@code of("Two bands", Map.of("0-64", BigDecimal.valueOf(80000), "65+", BigDecimal.valueOf(20000)))}.
     *
     * @param name  the standard's name, used in messages, not blank
     * @param weights  the weight of each band by label, in the iteration order, at least one,
     *     each not negative, not all zero; copied, not null
     * @return the standard, not null
     * @throws IllegalArgumentException if the name or a label is blank, there is no band, a weight is
     *     negative, or the weights sum to zero, with a message such as
     *     {@code Invalid value for weight of band 0-4 (must not be negative): -1}
     */
    public static StandardPopulation of(String name, Map<String, BigDecimal> weights) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weights, "weights");
        if (name.isBlank()) {
            throw Checks.invalid("standard population name", "must not be blank", "'" + name + "'");
        }
        if (weights.isEmpty()) {
            throw Checks.invalid("standard population " + name, "must have at least one band", "none");
        }
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> entry : weights.entrySet()) {
            String band = Objects.requireNonNull(entry.getKey(), "weights key");
            BigDecimal weight = Objects.requireNonNull(entry.getValue(), "weights value");
            if (band.isBlank()) {
                throw Checks.invalid("band of standard population " + name, "must not be blank", "'" + band + "'");
            }
            Checks.notNegative("weight of band " + band, weight);
            copy.put(band, weight);
        }
        StandardPopulation standard = new StandardPopulation(name, Collections.unmodifiableMap(copy));
        if (standard.total.signum() == 0) {
            throw Checks.invalid("standard population " + name, "weights must not all be zero", "0");
        }
        return standard;
    }

    private static StandardPopulation load() {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        try (InputStream in = StandardPopulation.class.getResourceAsStream("esp2013.csv")) {
            if (in == null) {
                throw new IllegalStateException("Missing resource org/outturn/stats/esp2013.csv");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.equals("band,population")) {
                    continue;
                }
                int comma = line.indexOf(',');
                weights.put(line.substring(0, comma), new BigDecimal(line.substring(comma + 1)));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return of(ESP_2013_NAME, weights);
    }

    /**
     * Returns the standard's name, such as {@code European Standard Population 2013}.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the weight of each band, in order.
     *
     * @return the weights by band label, unmodifiable, not null
     */
    public Map<String, BigDecimal> weights() {
        return weights;
    }

    /**
     * Returns the band labels, in order.
     *
     * @return the labels, unmodifiable, not null
     */
    public List<String> bands() {
        return List.copyOf(weights.keySet());
    }

    /**
     * Returns the sum of the weights, 100000 for the European Standard Population 2013.
     *
     * @return the total, positive
     */
    public BigDecimal total() {
        return total;
    }

    /**
     * Whether another standard has the same name and the same bands in the same order with equal
     * weights, regardless of their scale.
     *
     * @param obj  the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof StandardPopulation other) || !name.equals(other.name)
                || !bands().equals(other.bands())) {
            return false;
        }
        return weights.keySet().stream().allMatch(band -> Decimals.equal(weights.get(band), other.weights.get(band)));
    }

    @Override
    public int hashCode() {
        int hash = name.hashCode();
        for (Map.Entry<String, BigDecimal> entry : weights.entrySet()) {
            hash = 31 * hash + entry.getKey().hashCode() * 17 + Decimals.hash(entry.getValue());
        }
        return hash;
    }

    /**
     * Returns the name, such as {@code European Standard Population 2013}.
     *
     * @return the name, not null
     */
    @Override
    public String toString() {
        return name;
    }
}
