package org.outturn.json;

import java.util.Objects;
import org.outturn.core.AcademicYear;
import org.outturn.core.Benchmark;
import org.outturn.core.BenchmarkGroup;
import org.outturn.core.Biennium;
import org.outturn.core.CalendarQuarter;
import org.outturn.core.CumulativeQuarters;
import org.outturn.core.PooledYears;
import org.outturn.core.RollingTwelveMonths;
import org.outturn.core.SchoolTerm;
import org.outturn.core.CalendarYear;
import org.outturn.core.FinancialQuarter;
import org.outturn.core.FinancialYear;
import org.outturn.core.Fraction;
import org.outturn.core.Indicator;
import org.outturn.core.Outturn;
import org.outturn.core.Rating;
import org.outturn.core.ReportingMonth;
import org.outturn.core.ReportingPeriod;
import org.outturn.core.ReportingYear;
import org.outturn.core.Target;
import org.outturn.core.Unit;
import org.outturn.core.YearToDate;
import org.outturn.rules.plan.ActionPlan;
import org.outturn.rules.plan.ActionPlanItem;
import org.outturn.rules.plan.ActionStatus;
import org.outturn.rules.Assessment;
import org.outturn.rules.trend.Direction;
import org.outturn.rules.trend.DirectionOfTravel;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.RagStrategyRegistry;
import org.outturn.rules.Scorecard;
import org.outturn.rules.Tally;
import org.outturn.rules.trend.Trend;
import tools.jackson.databind.module.SimpleModule;
import org.outturn.rules.report.IndicatorEntry;
import org.outturn.rules.report.OutturnDocument;

/**
 * The Jackson 3 module for Outturn's model and its JSON document format.
 *
 * <p>Register it explicitly, {@code JsonMapper.builder().addModule(new OutturnModule()).build()}, or
 * let {@code findAndAddModules()} find it: it is published as a {@code tools.jackson.databind.JacksonModule}
 * service. {@link OutturnJson} gives a mapper already configured for documents.
 *
 * <p>The module covers the core model (periods, units, fractions, benchmark groups, targets, outturns,
 * benchmarks, indicators, ratings), the document format (RAG policies, indicator entries, documents)
 * and the results of the RAG engine (assessments, directions of travel, tallies, scorecards, action
 * plans and their items).
 *
 * <p>Periods, units, fractions and benchmark groups are written as strings in their canonical
 * notation, also as map keys; aggregates as objects whose field names are the accessors' names;
 * decimals exactly, with their scale ({@code 97.30}); absent optional values are left out. Reading
 * calls the model's public factories, so every validation rule runs on input, and a rule broken is
 * reported with its JSON location, as in {@code Invalid outturn at $.indicators[3].outturns["2024/25"]:
 * Invalid value for denominator (must be positive): 0}. Unknown fields fail unless
 * {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} is disabled.
 *
 * <p>This class is immutable and thread-safe once registered.
 */
public final class OutturnModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The module's name. */
    public static final String NAME = "outturn";

    /**
     * Creates the module, reading RAG policies with the
     * {@linkplain RagStrategyRegistry#standard() standard strategy registry}.
     */
    public OutturnModule() {
        this(RagStrategyRegistry.standard());
    }

    /**
     * Creates the module, reading RAG policies with the given strategy registry.
     *
     * @param registry  the registry that names the strategies of policies, not null
     */
    public OutturnModule(RagStrategyRegistry registry) {
        super(NAME);
        Objects.requireNonNull(registry, "registry");
        addSerializer(ReportingPeriod.class, new ModelCodecs.NotationSerializer<>());
        addKeySerializer(ReportingPeriod.class, new ModelCodecs.NotationKeySerializer<>());
        addKeyDeserializer(ReportingPeriod.class, new ModelCodecs.PeriodKeyDeserializer());
        addPeriod(ReportingPeriod.class);
        addPeriod(ReportingYear.class);
        addPeriod(FinancialYear.class);
        addPeriod(FinancialQuarter.class);
        addPeriod(ReportingMonth.class);
        addPeriod(CalendarYear.class);
        addPeriod(AcademicYear.class);
        addPeriod(Biennium.class);
        addPeriod(YearToDate.class);
        addPeriod(CalendarQuarter.class);
        addPeriod(SchoolTerm.class);
        addPeriod(RollingTwelveMonths.class);
        addPeriod(PooledYears.class);
        addPeriod(CumulativeQuarters.class);
        addSerializer(Unit.class, new ModelCodecs.NotationSerializer<>());
        addDeserializer(Unit.class, new ModelCodecs.NotationDeserializer<>("unit", Unit::parse));
        addSerializer(Fraction.class, new ModelCodecs.NotationSerializer<>());
        addDeserializer(Fraction.class, new ModelCodecs.NotationDeserializer<>("fraction", Fraction::parse));
        addSerializer(BenchmarkGroup.class, new ModelCodecs.NotationSerializer<>());
        addDeserializer(BenchmarkGroup.class,
                new ModelCodecs.NotationDeserializer<>("benchmark group", BenchmarkGroup::of));
        addSerializer(Target.class, new ModelCodecs.TargetSerializer());
        addDeserializer(Target.class, new ModelCodecs.TargetDeserializer());
        addSerializer(Outturn.class, new ModelCodecs.OutturnSerializer());
        addDeserializer(Outturn.class, new ModelCodecs.OutturnDeserializer());
        addSerializer(Benchmark.class, new ModelCodecs.BenchmarkSerializer());
        addDeserializer(Benchmark.class, new ModelCodecs.BenchmarkDeserializer());
        addSerializer(Indicator.class, new ModelCodecs.IndicatorSerializer());
        addDeserializer(Indicator.class, new ModelCodecs.IndicatorDeserializer());
        addSerializer(Rating.class, new ModelCodecs.RatingSerializer());
        addDeserializer(Rating.class, new ModelCodecs.RatingDeserializer());
        addSerializer(RagPolicy.class, new DocumentCodecs.PolicySerializer());
        addDeserializer(RagPolicy.class, new DocumentCodecs.PolicyDeserializer(registry));
        addSerializer(IndicatorEntry.class, new DocumentCodecs.EntrySerializer());
        addDeserializer(IndicatorEntry.class, new DocumentCodecs.EntryDeserializer());
        addSerializer(OutturnDocument.class, new DocumentCodecs.DocumentSerializer());
        addDeserializer(OutturnDocument.class, new DocumentCodecs.DocumentDeserializer(registry));
        addSerializer(Assessment.class, new ResultCodecs.AssessmentSerializer());
        addDeserializer(Assessment.class, new ResultCodecs.AssessmentDeserializer());
        addSerializer(DirectionOfTravel.class, new ResultCodecs.DirectionOfTravelSerializer());
        addDeserializer(DirectionOfTravel.class, new ResultCodecs.DirectionOfTravelDeserializer());
        addSerializer(Direction.class, new ResultCodecs.EnumSerializer<>());
        addDeserializer(Direction.class, new ResultCodecs.EnumDeserializer<>(Direction.class, "direction"));
        addSerializer(Trend.class, new ResultCodecs.EnumSerializer<>());
        addDeserializer(Trend.class, new ResultCodecs.EnumDeserializer<>(Trend.class, "trend"));
        addSerializer(Tally.class, new ResultCodecs.TallySerializer());
        addDeserializer(Tally.class, new ResultCodecs.TallyDeserializer());
        addSerializer(Scorecard.class, new ResultCodecs.ScorecardSerializer());
        addDeserializer(Scorecard.class, new ResultCodecs.ScorecardDeserializer());
        addSerializer(ActionStatus.class, new ResultCodecs.EnumSerializer<>());
        addDeserializer(ActionStatus.class, new ResultCodecs.EnumDeserializer<>(ActionStatus.class, "action status"));
        addSerializer(ActionPlanItem.class, new ResultCodecs.ActionPlanItemSerializer());
        addDeserializer(ActionPlanItem.class, new ResultCodecs.ActionPlanItemDeserializer());
        addSerializer(ActionPlan.class, new ResultCodecs.ActionPlanSerializer());
        addDeserializer(ActionPlan.class, new ResultCodecs.ActionPlanDeserializer());
    }

    private <T extends ReportingPeriod> void addPeriod(Class<T> kind) {
        addDeserializer(kind, new ModelCodecs.PeriodDeserializer<>(kind));
    }
}
