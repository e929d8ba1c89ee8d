package org.outturn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Outturn.Builder}'s contract, named case by case: each attribute set once, the null checks and
 * their messages, flags and intervals in enum order, unmodifiable collections, builders reused after
 * {@code build()}, and the text of {@code toString()}. {@link OutturnBuilderTranscriptTest} checks the
 * same against the transcript of the generated builder on random calls.
 */
final class OutturnBuilderTest {

    private static final ReportingPeriod FY = FinancialYear.parse("2024/25");
    private static final BigDecimal VALUE = new BigDecimal("65.1");
    private static final ConfidenceInterval NARROW = ConfidenceInterval.of(new BigDecimal("61.2"),
            new BigDecimal("68.9"));
    private static final ConfidenceInterval WIDE = ConfidenceInterval.of(new BigDecimal("60"), new BigDecimal("70"));

    /** Each attribute's two setters, as a name and two ways of setting it. */
    static Stream<Arguments> setters() {
        return Stream.of(
                setters("period", b -> b.period(FY), b -> b.period(ReportingMonth.parse("Jun-22"))),
                setters("value", b -> b.value(VALUE), b -> b.value(Optional.of(VALUE))),
                setters("value", b -> b.value(Optional.empty()), b -> b.value(VALUE)),
                setters("fraction", b -> b.fraction(Fraction.of(1, 2)), b -> b.fraction(Optional.of(Fraction.of(1, 2)))),
                setters("fraction", b -> b.fraction(Optional.empty()), b -> b.fraction(Fraction.of(1, 2))),
                setters("missingReason", b -> b.missingReason(MissingReason.SUPPRESSED),
                        b -> b.missingReason(Optional.of(MissingReason.NOT_DUE))),
                setters("missingReason", b -> b.missingReason(Optional.empty()),
                        b -> b.missingReason(MissingReason.SUPPRESSED)),
                setters("note", b -> b.note("Provisional"), b -> b.note(Optional.of("Revised"))),
                setters("note", b -> b.note(Optional.empty()), b -> b.note("Provisional")));
    }

    private static Arguments setters(String name, Consumer<Outturn.Builder> first, Consumer<Outturn.Builder> second) {
        return Arguments.of(name, first, second);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setters")
    void setter_attributeSetTwice_failsNamingIt(String name, Consumer<Outturn.Builder> first,
            Consumer<Outturn.Builder> second) {
        Outturn.Builder builder = Outturn.builder();
        first.accept(builder);
        assertThatIllegalStateException().isThrownBy(() -> second.accept(builder))
                .withMessage("Builder of Outturn is strict, attribute is already set: " + name);
        assertThatIllegalStateException().isThrownBy(() -> first.accept(builder))
                .withMessage("Builder of Outturn is strict, attribute is already set: " + name);
    }

    @Test
    void setter_setTwiceWithNull_failsAsSetTwice() {
        Outturn.Builder builder = Outturn.builder().period(FY).value(VALUE).note("Provisional");
        assertThatIllegalStateException().isThrownBy(() -> builder.period(null))
                .withMessage("Builder of Outturn is strict, attribute is already set: period");
        assertThatIllegalStateException().isThrownBy(() -> builder.value((BigDecimal) null))
                .withMessage("Builder of Outturn is strict, attribute is already set: value");
        assertThatIllegalStateException().isThrownBy(() -> builder.note((String) null))
                .withMessage("Builder of Outturn is strict, attribute is already set: note");
    }

    @Test
    void setter_null_namesTheAttribute() {
        assertThatNullPointerException().isThrownBy(() -> Outturn.builder().period(null)).withMessage("period");
        assertThatNullPointerException().isThrownBy(() -> Outturn.builder().value((BigDecimal) null))
                .withMessage("value");
        assertThatNullPointerException().isThrownBy(() -> Outturn.builder().fraction((Fraction) null))
                .withMessage("fraction");
        assertThatNullPointerException().isThrownBy(() -> Outturn.builder().missingReason((MissingReason) null))
                .withMessage("missingReason");
        assertThatNullPointerException().isThrownBy(() -> Outturn.builder().note((String) null))
                .withMessage("note");
        assertThatNullPointerException().isThrownBy(() -> Outturn.builder().addFlags((OutturnFlag) null))
                .withMessage("flags element");
        assertThatNullPointerException()
                .isThrownBy(() -> Outturn.builder().addFlags(OutturnFlag.PROVISIONAL, null))
                .withMessage("flags element");
        assertThatNullPointerException()
                .isThrownBy(() -> Outturn.builder().addAllFlags(Arrays.asList(OutturnFlag.REVISED, null)))
                .withMessage("flags element");
        assertThatNullPointerException().isThrownBy(() -> Outturn.builder().putConfidenceIntervals(null, NARROW))
                .withMessage("confidenceIntervals key");
        assertThatNullPointerException()
                .isThrownBy(() -> Outturn.builder().putConfidenceIntervals(ConfidenceLevel.NINETY_FIVE, null))
                .withMessage("confidenceIntervals value for key: NINETY_FIVE");
        assertThatNullPointerException()
                .isThrownBy(() -> Outturn.builder().putConfidenceIntervals(
                        new AbstractMap.SimpleEntry<>(ConfidenceLevel.NINETY_NINE_POINT_EIGHT, null)))
                .withMessage("confidenceIntervals value for key: NINETY_NINE_POINT_EIGHT");
        Map<ConfidenceLevel, ConfidenceInterval> nullKey = new HashMap<>();
        nullKey.put(null, NARROW);
        assertThatNullPointerException().isThrownBy(() -> Outturn.builder().putAllConfidenceIntervals(nullKey))
                .withMessage("confidenceIntervals key");
    }

    @Test
    void setter_nullContainer_throwsNullPointerException() {
        assertThatThrownBy(() -> Outturn.builder().value((Optional<BigDecimal>) null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Outturn.builder().fraction((Optional<Fraction>) null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Outturn.builder().missingReason((Optional<MissingReason>) null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Outturn.builder().note((Optional<String>) null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Outturn.builder().addFlags((OutturnFlag[]) null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Outturn.builder().addAllFlags(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Outturn.builder()
                .putConfidenceIntervals((Map.Entry<ConfidenceLevel, ConfidenceInterval>) null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Outturn.builder().putAllConfidenceIntervals(null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void build_withoutPeriod_failsListingIt() {
        assertThatThrownBy(() -> Outturn.builder().value(VALUE).build())
                .isInstanceOfSatisfying(IncompleteBuilderException.class,
                        e -> assertThat(e.missingAttributes()).containsExactly("period"))
                .hasMessage("Cannot build Outturn: missing required attributes [period]");
    }

    @Test
    void build_emptyOptionals_leaveAttributesAbsent() {
        Outturn outturn = Outturn.builder().period(FY).value(Optional.of(VALUE)).fraction(Optional.empty())
                .missingReason(Optional.empty()).note(Optional.empty()).build();
        assertThat(outturn).isEqualTo(Outturn.of(FY, VALUE)).hasSameHashCodeAs(Outturn.of(FY, VALUE));
        assertThat(outturn.fraction()).isEmpty();
        assertThat(outturn.note()).isEmpty();
    }

    @Test
    void flags_anyOrderAndRepeats_keptOnceInEnumOrder() {
        Outturn outturn = Outturn.builder().period(FY).value(VALUE).addFlags(OutturnFlag.REVISED)
                .addFlags(OutturnFlag.ESTIMATED, OutturnFlag.REVISED).addAllFlags(List.of(OutturnFlag.PROVISIONAL))
                .build();
        assertThat(outturn.flags()).containsExactly(OutturnFlag.PROVISIONAL, OutturnFlag.ESTIMATED,
                OutturnFlag.REVISED);
        assertThat(outturn.isProvisional()).isTrue();
        assertThat(outturn).hasToString("Outturn{period=2024/25, value=65.1, flags=[PROVISIONAL, ESTIMATED, "
                + "REVISED], confidenceIntervals={}}");
    }

    @Test
    void confidenceIntervals_anyOrder_keptInEnumOrderLastPutWins() {
        Outturn outturn = Outturn.builder().period(FY).value(VALUE)
                .putConfidenceIntervals(ConfidenceLevel.NINETY_NINE_POINT_EIGHT, NARROW)
                .putConfidenceIntervals(Map.entry(ConfidenceLevel.NINETY_FIVE, NARROW))
                .putAllConfidenceIntervals(Map.of(ConfidenceLevel.NINETY_NINE_POINT_EIGHT, WIDE))
                .build();
        assertThat(outturn.confidenceIntervals()).containsExactly(Map.entry(ConfidenceLevel.NINETY_FIVE, NARROW),
                Map.entry(ConfidenceLevel.NINETY_NINE_POINT_EIGHT, WIDE));
        assertThat(outturn).hasToString("Outturn{period=2024/25, value=65.1, flags=[], confidenceIntervals="
                + "{NINETY_FIVE=61.2 - 68.9, NINETY_NINE_POINT_EIGHT=60 - 70}}");
    }

    @Test
    void collections_withAndWithoutElements_areUnmodifiable() {
        Outturn plain = Outturn.of(FY, VALUE);
        Outturn full = Outturn.builder().period(FY).value(VALUE).addFlags(OutturnFlag.ESTIMATED)
                .putConfidenceIntervals(ConfidenceLevel.NINETY_FIVE, NARROW).build();
        for (Outturn outturn : List.of(plain, full)) {
            assertThatThrownBy(() -> outturn.flags().add(OutturnFlag.REVISED))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> outturn.confidenceIntervals().put(ConfidenceLevel.NINETY_NINE_POINT_EIGHT, WIDE))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
        assertThatThrownBy(() -> full.flags().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> full.confidenceIntervals().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(plain.flags().contains(null)).isFalse();
        assertThat(plain.confidenceIntervals().get(null)).isNull();
        assertThat(full.confidenceIntervals().get(null)).isNull();
    }

    @Test
    void build_reusedBuilder_leavesEarlierOutturnsUnchanged() {
        Outturn.Builder builder = Outturn.builder().period(FY).value(VALUE).addFlags(OutturnFlag.ESTIMATED)
                .putConfidenceIntervals(ConfidenceLevel.NINETY_NINE_POINT_EIGHT, WIDE);
        Outturn first = builder.build();
        Outturn second = builder.addFlags(OutturnFlag.REVISED)
                .putConfidenceIntervals(ConfidenceLevel.NINETY_FIVE, NARROW).build();
        Outturn third = builder.putConfidenceIntervals(ConfidenceLevel.NINETY_FIVE, WIDE).build();
        assertThat(first.flags()).containsExactly(OutturnFlag.ESTIMATED);
        assertThat(first.confidenceIntervals()).containsOnlyKeys(ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
        assertThat(second.flags()).containsExactly(OutturnFlag.ESTIMATED, OutturnFlag.REVISED);
        assertThat(second.confidenceIntervals()).containsEntry(ConfidenceLevel.NINETY_FIVE, NARROW).hasSize(2);
        assertThat(third.confidenceIntervals()).containsEntry(ConfidenceLevel.NINETY_FIVE, WIDE).hasSize(2);
        assertThat(first).isNotEqualTo(second);
        assertThat(second).isNotEqualTo(third);
    }

    @Test
    void toString_eachAttribute_printedAsTheGeneratedClassDid() {
        assertThat(Outturn.of(FY, new BigDecimal("97.30")))
                .hasToString("Outturn{period=2024/25, value=97.30, flags=[], confidenceIntervals={}}");
        assertThat(Outturn.of(FY, new BigDecimal("1E+3")))
                .hasToString("Outturn{period=2024/25, value=1E+3, flags=[], confidenceIntervals={}}");
        assertThat(Outturn.ofFraction(ReportingMonth.parse("Jun-22"), new BigDecimal("1.3"), Fraction.of(96, 7132),
                Unit.percentage(1)))
                .hasToString("Outturn{period=Jun-2022, value=1.3, fraction=96/7132, flags=[], confidenceIntervals={}}");
        assertThat(Outturn.missing(FY, MissingReason.NOT_YET_AVAILABLE, "Not yet available"))
                .hasToString("Outturn{period=2024/25, missingReason=NOT_YET_AVAILABLE, note=Not yet available, "
                        + "flags=[], confidenceIntervals={}}");
    }

    @Test
    void missing_nullNote_namesIt() {
        assertThatNullPointerException().isThrownBy(() -> Outturn.missing(FY, MissingReason.SUPPRESSED, null))
                .withMessage("note");
        assertThatNullPointerException().isThrownBy(() -> Outturn.missing(null, null, null)).withMessage("reason");
        assertThatNullPointerException().isThrownBy(() -> Outturn.missing(null, MissingReason.SUPPRESSED, null))
                .withMessage("period");
    }

    @Test
    void ofFraction_nulls_checkedInOrder() {
        assertThatNullPointerException().isThrownBy(() -> Outturn.ofFraction(null, null, null, null))
                .withMessage("unit");
        assertThatNullPointerException()
                .isThrownBy(() -> Outturn.ofFraction(null, null, null, Unit.percentage(1))).withMessage("value");
        assertThatNullPointerException()
                .isThrownBy(() -> Outturn.ofFraction(null, VALUE, null, Unit.percentage(1))).withMessage("fraction");
        assertThatNullPointerException()
                .isThrownBy(() -> Outturn.ofFraction(null, new BigDecimal("1.3"), Fraction.of(96, 7132),
                        Unit.percentage(1)))
                .withMessage("period");
        assertThatNullPointerException().isThrownBy(() -> Outturn.of(null, null)).withMessage("period");
    }

    @Test
    void accessors_calledTwice_returnTheSameOptional() {
        Outturn outturn = Outturn.ofFraction(ReportingMonth.parse("Jun-22"), new BigDecimal("1.3"),
                Fraction.of(96, 7132), Unit.percentage(1));
        assertThat(outturn.value()).isSameAs(outturn.value());
        assertThat(outturn.fraction()).isSameAs(outturn.fraction());
        Outturn built = Outturn.builder().period(FY).value(VALUE).note("Provisional").build();
        assertThat(built.value()).isSameAs(built.value());
        assertThat(built.note()).isSameAs(built.note());
    }

    @Test
    void absentAttributes_shareTheEmptyOptionalAndCollections() {
        Outturn missing = Outturn.missing(FY, MissingReason.SUPPRESSED);
        Outturn built = Outturn.builder().period(FY).value(Optional.empty()).missingReason(MissingReason.SUPPRESSED)
                .build();
        Outturn valued = Outturn.of(FY, VALUE);
        assertThat(missing.value()).isSameAs(Optional.empty());
        assertThat(built.value()).isSameAs(Optional.empty());
        assertThat(valued.fraction()).isSameAs(Optional.empty());
        assertThat(valued.missingReason()).isSameAs(Optional.empty());
        assertThat(valued.note()).isSameAs(Optional.empty());
        assertThat(missing.missingReason()).isSameAs(built.missingReason());
        assertThat(valued.flags()).isSameAs(missing.flags()).isSameAs(built.flags());
        assertThat(valued.confidenceIntervals()).isSameAs(missing.confidenceIntervals())
                .isSameAs(built.confidenceIntervals());
        assertThat(Outturn.builder().period(FY).value(VALUE).addFlags(OutturnFlag.REVISED).build().flags())
                .isSameAs(Outturn.builder().period(FY).value(VALUE).addAllFlags(List.of(OutturnFlag.REVISED)).build()
                        .flags());
    }
}
