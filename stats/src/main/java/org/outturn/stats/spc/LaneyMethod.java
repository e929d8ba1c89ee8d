package org.outturn.stats.spc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Laney's p′ and u′ charts, as {@link SpcChart} describes them: sigma widened by σ<sub>z</sub>. */
final class LaneyMethod extends AttributeMethod {

    /** d<sub>2</sub> for moving ranges of two. */
    static final BigDecimal D2 = new BigDecimal("1.128");

    LaneyMethod(ChartType type) {
        super(type);
    }

    @Override
    Optional<Spread> spread(Input input, BigDecimal centre, List<Optional<BigDecimal>> standardErrors) {
        List<Optional<BigDecimal>> z = new ArrayList<>();
        for (int i = 0; i < input.series().size(); i++) {
            Optional<BigDecimal> ratio = ratio(input.series().get(i));
            Optional<BigDecimal> error = standardErrors.get(i);
            z.add(ratio.isPresent() && error.isPresent()
                    ? Optional.of(ratio.get().subtract(centre).divide(error.get(), CONTEXT)) : Optional.empty());
        }
        Optional<XmrMethod.Individuals> individuals = XmrMethod.Individuals.of(z, input);
        if (individuals.isEmpty()) {
            return Optional.empty();
        }
        XmrMethod.Individuals fitted = individuals.get();
        BigDecimal sigmaZ = fitted.meanMovingRange().divide(D2, CONTEXT);
        return Optional.of(new Spread(sigmaZ, Optional.of(fitted.meanMovingRange()), fitted.movingRanges(),
                fitted.screened(), input.movingRanges(z)));
    }
}
