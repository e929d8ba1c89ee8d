package org.outturn.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.outturn.rules.Fixtures.d;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.outturn.core.Polarity;
import org.outturn.core.Target;
import org.outturn.core.Unit;

final class ExplanationFormatterTest {

    /** A tolerance the library does not know, which names itself. */
    private static final class Quarter implements Tolerance {
        @Override
        public BigDecimal allowance(BigDecimal reference) {
            return reference.abs().divide(BigDecimal.valueOf(4));
        }

        @Override
        public String describe(String noun, Unit unit) {
            return "a quarter of the target (the " + noun + ")";
        }
    }

    @Test
    void english_loadsTheBundleOnTheModulePath() {
        // Surefire runs this class on the module path, where the bundle is read from the named module's own
        // resources (named with -Dtest it also runs on the class path, which must work too).
        assertThat(ExplanationFormatter.english().locale()).isEqualTo(Locale.ENGLISH);
        assertThat(ExplanationFormatter.of(Locale.UK)).isSameAs(ExplanationFormatter.english());
        Assessment assessment = RagPolicy.of("t", RagStrategies.tolerance(Tolerances.relative(d("5"))))
                .assess(Fixtures.indicator(Polarity.HIGHER_IS_BETTER), Target.single(d("71.4")), Fixtures.outturn("69.9"));
        assertThat(ExplanationFormatter.english().format(assessment)).isEqualTo(assessment.explanation())
                .isEqualTo("Amber: 69.9% is 1.5 points (2.1%) below the target of 71.4%, within the 5% tolerance");
    }

    @Test
    void of_languageWithoutBundle_fallsBackToEnglish() {
        ExplanationFormatter welsh = ExplanationFormatter.of(Locale.forLanguageTag("cy"));
        assertThat(welsh.locale().getLanguage()).isEqualTo("cy");
        Assessment assessment = RagPolicy.of("t", RagStrategies.thresholds())
                .assess(Fixtures.indicator(Polarity.HIGHER_IS_BETTER), Target.thresholds(d("95"), d("90")),
                        Fixtures.outturn("92"));
        assertThat(welsh.format(assessment)).isEqualTo(assessment.explanation())
                .isEqualTo("Amber: 92% is between the red threshold of 90% and the green threshold of 95%");
        assertThatNullPointerException().isThrownBy(() -> ExplanationFormatter.of(null)).withMessage("locale");
        assertThatNullPointerException().isThrownBy(() -> welsh.format(null)).withMessage("assessment");
    }

    @Test
    void customTolerance_namesItself() {
        Assessment assessment = RagStrategies.tolerance(new Quarter()).assess(
                Fixtures.indicator(Polarity.HIGHER_IS_BETTER, Unit.count(0)), Target.single(d("100")),
                Fixtures.outturn("80"), d("80"));
        assertThat(assessment.explanation()).isEqualTo("Amber: 80 is 20 (20.0%) below the target of 100, within a "
                + "quarter of the target (the tolerance)");
    }

    @Test
    void absoluteTolerance_onAPercentage_isInPoints_andOneIsSingular() {
        Assessment assessment = RagPolicy.of("t", RagStrategies.tolerance(Tolerances.absolute(d("1"))))
                .assess(Fixtures.indicator(Polarity.LOWER_IS_BETTER), Target.single(d("10")), Fixtures.outturn("11"));
        assertThat(assessment.explanation()).isEqualTo("Red: 11% is 1 point (10.0%) above the target of 10%, at the "
                + "edge of the tolerance of 1 point");
    }
}
