package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class TargetTest {

    @Test
    void single_keepsValue() {
        Target.Single target = Target.single(new BigDecimal("18.7"));
        assertThat(target.value()).hasToString("18.7");
        assertThat(target).hasToString("single 18.7").isEqualTo(Target.single(new BigDecimal("18.70")))
                .hasSameHashCodeAs(Target.single(new BigDecimal("18.70")));
        assertThat(target.isRateable()).isTrue();
    }

    @Test
    void withFloor_keepsTargetAndFloor() {
        Target.WithFloor target = Target.withFloor(new BigDecimal("95"), new BigDecimal("90.0"));
        assertThat(target.value()).hasToString("95");
        assertThat(target.floor()).hasToString("90.0");
        assertThat(target).hasToString("single 95 floor 90.0")
                .isEqualTo(Target.withFloor(new BigDecimal("95.00"), new BigDecimal("90")))
                .hasSameHashCodeAs(Target.withFloor(new BigDecimal("95.00"), new BigDecimal("90")))
                .isNotEqualTo(Target.withFloor(new BigDecimal("90"), new BigDecimal("95")))
                .isNotEqualTo(Target.single(new BigDecimal("95")));
        assertThat(target.isRateable()).isTrue();
        assertThatNullPointerException().isThrownBy(() -> Target.withFloor(null, BigDecimal.ONE)).withMessage("value");
        assertThatNullPointerException().isThrownBy(() -> Target.withFloor(BigDecimal.ONE, null)).withMessage("floor");
    }

    @Test
    void thresholds_keepGreenAndRed() {
        Target.Thresholds target = Target.thresholds(new BigDecimal("95"), new BigDecimal("90"));
        assertThat(target.green()).isEqualByComparingTo("95");
        assertThat(target.red()).isEqualByComparingTo("90");
        assertThat(target).hasToString("thresholds green 95 red 90")
                .isEqualTo(Target.thresholds(new BigDecimal("95.0"), new BigDecimal("90.00")))
                .isNotEqualTo(Target.thresholds(new BigDecimal("90"), new BigDecimal("95")));
    }

    @Test
    void band_containsBoundsInclusive() {
        Target.Band band = Target.band(new BigDecimal("12"), new BigDecimal("18"));
        assertThat(band).hasToString("band 12 - 18");
        assertThat(band.contains(new BigDecimal("12"))).isTrue();
        assertThat(band.contains(new BigDecimal("18.00"))).isTrue();
        assertThat(band.contains(new BigDecimal("11.99"))).isFalse();
        assertThat(band.contains(new BigDecimal("18.01"))).isFalse();
        assertThat(Target.band(BigDecimal.ONE, BigDecimal.ONE).contains(BigDecimal.ONE)).isTrue();
    }

    @Test
    void band_lowAboveHigh_fails() {
        assertThatIllegalArgumentException().isThrownBy(() -> Target.band(new BigDecimal("18"), new BigDecimal("12")))
                .withMessage("Invalid value for band (low must not exceed high): 18 - 12");
    }

    @Test
    void relativeTo_keepsGroup() {
        Target.RelativeToBenchmark target = Target.relativeTo(BenchmarkGroup.ENGLAND);
        assertThat(target.group()).isEqualTo(BenchmarkGroup.ENGLAND);
        assertThat(target).hasToString("relative to England")
                .isEqualTo(Target.relativeTo(BenchmarkGroup.of("England")));
    }

    @Test
    void none_keepsWordingAndIsNotRateable() {
        Target.None target = Target.none("Not a target measure");
        assertThat(target.wording()).isEqualTo("Not a target measure");
        assertThat(target.isRateable()).isFalse();
        assertThat(target).hasToString("none: Not a target measure").isNotEqualTo(Target.none("No Target"));
    }

    @Test
    void none_blankWording_fails() {
        assertThatIllegalArgumentException().isThrownBy(() -> Target.none(""))
                .withMessage("Invalid value for wording (must not be blank): ''");
    }

    @Test
    void factories_null_nameParameter() {
        assertThatNullPointerException().isThrownBy(() -> Target.single(null)).withMessage("value");
        assertThatNullPointerException().isThrownBy(() -> Target.thresholds(null, BigDecimal.ONE)).withMessage("green");
        assertThatNullPointerException().isThrownBy(() -> Target.thresholds(BigDecimal.ONE, null)).withMessage("red");
        assertThatNullPointerException().isThrownBy(() -> Target.band(null, BigDecimal.ONE))
                .withMessage("lowInclusive");
        assertThatNullPointerException().isThrownBy(() -> Target.band(BigDecimal.ONE, null))
                .withMessage("highInclusive");
        assertThatNullPointerException().isThrownBy(() -> Target.relativeTo(null)).withMessage("group");
        assertThatNullPointerException().isThrownBy(() -> Target.none(null)).withMessage("wording");
    }

    @Test
    void kindName_eachKind_isItsOutturnFormatName() {
        assertThat(Target.single(BigDecimal.ONE).kindName()).isEqualTo("single");
        assertThat(Target.withFloor(BigDecimal.TEN, BigDecimal.ONE).kindName()).isEqualTo("withFloor");
        assertThat(Target.thresholds(BigDecimal.TEN, BigDecimal.ONE).kindName()).isEqualTo("thresholds");
        assertThat(Target.band(BigDecimal.ONE, BigDecimal.TEN).kindName()).isEqualTo("band");
        assertThat(Target.relativeTo(BenchmarkGroup.ENGLAND).kindName()).isEqualTo("relativeToBenchmark");
        assertThat(Target.none("No Target").kindName()).isEqualTo("none");
    }
}
