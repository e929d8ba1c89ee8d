package org.outturn.stats.spc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The p and u charts, as {@link SpcChart} describes them: sigma from the binomial or Poisson model. */
final class ShewhartAttributeMethod extends AttributeMethod {

    ShewhartAttributeMethod(ChartType type) {
        super(type);
    }

    @Override
    Optional<Spread> spread(Input input, BigDecimal centre, List<Optional<BigDecimal>> standardErrors) {
        return Optional.of(new Spread(BigDecimal.ONE, Optional.empty(), 0, 0, none(input)));
    }
}
