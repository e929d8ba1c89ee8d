package org.outturn.core;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Scale-insensitive equality for decimals, as in JSR 354: {@code 97.30} equals {@code 97.3}, while
 * each value keeps its own published scale.
 */
final class Decimals {

    private Decimals() {
    }

    static boolean equal(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }

    static boolean equal(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        if (a.isPresent() && b.isPresent()) {
            return equal(a.get(), b.get());
        }
        return a.isEmpty() && b.isEmpty();
    }

    static int hash(BigDecimal value) {
        return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
    }

    static int hash(Optional<BigDecimal> value) {
        return value.map(Decimals::hash).orElse(-1);
    }
}
