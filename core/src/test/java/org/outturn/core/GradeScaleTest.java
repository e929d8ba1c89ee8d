package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

final class GradeScaleTest {

    @Test
    void ofstedCqc_hasFourGradesBestFirst() {
        assertThat(GradeScale.OFSTED_CQC.grades()).extracting(Grade::label)
                .containsExactly("Outstanding", "Good", "Requires improvement", "Inadequate");
        assertThat(GradeScale.OFSTED_CQC.grades()).extracting(Grade::rank).containsExactly(1, 2, 3, 4);
    }

    @Test
    void apa2005_readsCodesAndDescriptors() {
        Grade four = GradeScale.APA_2005.grade("4");
        assertThat(four.label()).isEqualTo("Very good");
        assertThat(four.rank()).isEqualTo(1);
        assertThat(four.description()).contains("A service that delivers well above minimum requirements for users");
        assertThat(GradeScale.APA_2005.grade("Adequate").code()).isEqualTo("2");
        assertThat(GradeScale.APA_2005.grade("3").isAtLeast(GradeScale.APA_2005.grade("4"))).isFalse();
        assertThat(GradeScale.APA_2005.grade("4").isAtLeast(GradeScale.APA_2005.grade("3"))).isTrue();
    }

    @Test
    void grade_ignoresCase() {
        assertThat(GradeScale.OFSTED_CQC.grade(" good ")).isSameAs(GradeScale.OFSTED_CQC.grades().get(1));
        assertThat(GradeScale.OFSTED_CQC.grade("Good").isAtLeast(GradeScale.OFSTED_CQC.grade("Good"))).isTrue();
    }

    @Test
    void grade_unknown_listsAccepted() {
        assertThatIllegalArgumentException().isThrownBy(() -> GradeScale.OFSTED_CQC.grade("Excellent"))
                .withMessage("Unknown grade for scale Ofsted/CQC: 'Excellent' (accepted: Outstanding, Good, "
                        + "Requires improvement, Inadequate)");
        assertThatIllegalArgumentException().isThrownBy(() -> GradeScale.APA_2005.grade("5"))
                .withMessage("Unknown grade for scale APA 2005: '5' (accepted: 4 (Very good), 3 (Good/promising), "
                        + "2 (Adequate), 1 (Inadequate))");
    }

    @Test
    void isAtLeast_differentScales_fails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GradeScale.OFSTED_CQC.grade("Inadequate")
                        .isAtLeast(GradeScale.APA_2005.grade("Inadequate")))
                .withMessage("Cannot compare grades of different scales: Inadequate (Ofsted/CQC) and Inadequate "
                        + "(APA 2005)");
    }

    @Test
    void of_customScale() {
        GradeScale scale = GradeScale.of("Three point", List.of("Met", "Partly met", "Not met"));
        assertThat(scale.grade("partly met").rank()).isEqualTo(2);
        assertThat(scale).hasToString("Three point [Met, Partly met, Not met]")
                .isEqualTo(GradeScale.of("Three point", List.of("Met", "Partly met", "Not met")));
    }

    @Test
    void of_repeatedLabel_fails() {
        assertThatIllegalArgumentException().isThrownBy(() -> GradeScale.of("Bad", List.of("Met", "met")))
                .withMessage("Invalid value for grades of Bad (codes and labels must be unique): met");
    }

    @Test
    void of_singleGrade_fails() {
        assertThatIllegalArgumentException().isThrownBy(() -> GradeScale.of("Bad", List.of("Met")))
                .withMessage("Invalid value for grades of Bad (a scale needs at least two grades): 1");
    }
}
