package org.outturn.rules.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.outturn.core.ReportingPeriod;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.plan.ActionPlan;

/**
 * A document of the Outturn JSON format {@value #FORMAT}: a set of indicators, each with its
 * targets, benchmarks and outturns by period, and the RAG policies they are rated with. One document
 * can carry a whole council report, including, optionally, the report's corporate
 * {@linkplain #actionPlan() action plan}.
 *
 * <p>A document can name a {@linkplain #defaultPolicy() default policy}, which rates every indicator
 * that names none.
 *
 * <p>Rules checked when a document is built: indicator codes are unique; policy names are unique;
 * every policy an indicator names, and the default policy, is defined in the document; notes are not
 * blank.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OutturnDocument {

    /** The format this version of Outturn reads and writes: {@code outturn/1}. */
    public static final String FORMAT = "outturn/1";

    private final String title;
    private final String source;
    private final List<String> notes;
    private final Map<String, RagPolicy> policies;
    private final String defaultPolicy;
    private final Map<String, IndicatorEntry> indicators;
    /** The indicators in document order, listed once: walking the map's values on every call was a cost. */
    private final List<IndicatorEntry> indicatorList;
    /** The action plan, or null. */
    private final ActionPlan actionPlan;

    private OutturnDocument(String title, String source, List<String> notes, Map<String, RagPolicy> policies,
            String defaultPolicy, Map<String, IndicatorEntry> indicators, ActionPlan actionPlan) {
        this.title = title;
        this.source = source;
        this.notes = notes;
        this.policies = policies;
        this.defaultPolicy = defaultPolicy;
        this.indicators = indicators;
        this.indicatorList = Collections.unmodifiableList(new ArrayList<>(indicators.values()));
        this.actionPlan = actionPlan;
    }

    /**
     * Returns a document.
     *
     * @param title  the document's title, or null
     * @param source  where the data comes from, such as a report's name and page, or null
     * @param policies  the RAG policies, with unique names, not null
     * @param indicators  the indicators, with unique codes, not null
     * @return the document, not null
     * @throws IllegalArgumentException if codes or policy names repeat, a title or source is blank, or an
     *     indicator names a policy the document does not define
     */
    public static OutturnDocument of(String title, String source, List<RagPolicy> policies,
            List<IndicatorEntry> indicators) {
        return of(title, source, List.of(), policies, indicators);
    }

    /**
     * Returns a document with notes, such as what the source printed illegibly and how it was read.
     *
     * @param title  the document's title, or null
     * @param source  where the data comes from, such as a report's name and page, or null
     * @param notes  remarks on the document as a whole, in order, each not blank, not null, may be empty
     * @param policies  the RAG policies, with unique names, not null
     * @param indicators  the indicators, with unique codes, not null
     * @return the document, not null
     * @throws IllegalArgumentException if codes or policy names repeat, a title, source or note is blank,
     *     or an indicator names a policy the document does not define
     */
    public static OutturnDocument of(String title, String source, List<String> notes, List<RagPolicy> policies,
            List<IndicatorEntry> indicators) {
        return of(title, source, notes, policies, null, indicators);
    }

    /**
     * Returns a document with a default policy, which rates every indicator that names no policy.
     *
     * @param title  the document's title, or null
     * @param source  where the data comes from, such as a report's name and page, or null
     * @param notes  remarks on the document as a whole, in order, each not blank, not null, may be empty
     * @param policies  the RAG policies, with unique names, not null
     * @param defaultPolicy  the name of one of the policies, or null for none
     * @param indicators  the indicators, with unique codes, not null
     * @return the document, not null
     * @throws IllegalArgumentException if codes or policy names repeat, a title, source or note is blank,
     *     or an indicator or the default names a policy the document does not define, as in
     *     {@code Invalid value for defaultPolicy (must be one of the document's policies [bexley]): bromley}
     */
    public static OutturnDocument of(String title, String source, List<String> notes, List<RagPolicy> policies,
            String defaultPolicy, List<IndicatorEntry> indicators) {
        List<String> checkedNotes = checkNotes(notes);
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(indicators, "indicators");
        checkText("title", title);
        checkText("source", source);
        Map<String, RagPolicy> byName = new LinkedHashMap<>();
        for (RagPolicy policy : policies) {
            Objects.requireNonNull(policy, "policy");
            if (byName.put(policy.name(), policy) != null) {
                throw new IllegalArgumentException("Invalid value for policies (names must be unique): "
                        + policy.name());
            }
        }
        Map<String, IndicatorEntry> byCode = new LinkedHashMap<>();
        for (IndicatorEntry entry : indicators) {
            Objects.requireNonNull(entry, "indicator");
            String code = entry.indicator().code();
            if (byCode.put(code, entry) != null) {
                throw new IllegalArgumentException("Invalid value for indicators (codes must be unique): " + code);
            }
            for (String name : entry.policyNames()) {
                if (!byName.containsKey(name)) {
                    throw new IllegalArgumentException(undefinedPolicy("policy of " + code, name, byName.keySet()));
                }
            }
        }
        if (defaultPolicy != null && !byName.containsKey(defaultPolicy)) {
            throw new IllegalArgumentException(undefinedPolicy("defaultPolicy", defaultPolicy, byName.keySet()));
        }
        return new OutturnDocument(title, source, checkedNotes, Collections.unmodifiableMap(byName), defaultPolicy,
                Collections.unmodifiableMap(byCode), null);
    }

    /**
     * Returns the message for a reference to a policy the document does not define, as both readers of
     * the JSON format and this class report it: {@code Invalid value for policy of 16 (must be one of the
     * document's policies [bexley]): bromley}.
     *
     * @param field  what refers to the policy, such as {@code policy of 16} or {@code defaultPolicy}, not null
     * @param name  the undefined name, not null
     * @param defined  the names the document defines, not null
     * @return the message, not null
     */
    public static String undefinedPolicy(String field, String name, Collection<String> defined) {
        return "Invalid value for " + field + " (must be one of the document's policies " + defined + "): " + name;
    }

    /**
     * Returns a document of indicators only.
     *
     * @param indicators  the indicators, with unique codes, not null
     * @return the document, not null
     * @throws IllegalArgumentException if codes repeat or an indicator names a policy
     */
    public static OutturnDocument of(List<IndicatorEntry> indicators) {
        return of(null, null, List.of(), indicators);
    }

    /**
     * Checks a list of notes: not null, no null or blank note.
     *
     * @param notes  the notes, not null
     * @return an unmodifiable copy, not null
     */
    static List<String> checkNotes(List<String> notes) {
        Objects.requireNonNull(notes, "notes");
        for (String note : notes) {
            Objects.requireNonNull(note, "note");
            if (note.isBlank()) {
                throw new IllegalArgumentException("Invalid value for notes (must not be blank): '" + note + "'");
            }
        }
        return List.copyOf(notes);
    }

    private static void checkText(String field, String text) {
        if (text != null && text.isBlank()) {
            throw new IllegalArgumentException("Invalid value for " + field + " (must not be blank): '" + text + "'");
        }
    }

    /**
     * Returns the title.
     *
     * @return the title, empty when there is none
     */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /**
     * Returns where the data comes from.
     *
     * @return the source, empty when not given
     */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /**
     * Returns the notes on the document as a whole, in order, such as what the source printed
     * illegibly and how it was read.
     *
     * @return the notes, unmodifiable, empty when there are none, not null
     */
    public List<String> notes() {
        return notes;
    }

    /**
     * Returns the RAG policies by name, in document order.
     *
     * @return the policies, not null
     */
    public Map<String, RagPolicy> policies() {
        return policies;
    }

    /**
     * Returns the name of the policy that rates every indicator that names none.
     *
     * @return the default policy's name, empty when the document names none
     */
    public Optional<String> defaultPolicy() {
        return Optional.ofNullable(defaultPolicy);
    }

    /**
     * Returns the indicators, in document order.
     *
     * @return the indicators, not null
     */
    public List<IndicatorEntry> indicators() {
        return indicatorList;
    }

    /**
     * Returns the corporate action plan the document carries beside its indicators, such as Bexley's
     * 2024/25 plan of 128 printed activities with their year-end status.
     *
     * @return the action plan, empty when the document has none
     */
    public Optional<ActionPlan> actionPlan() {
        return Optional.ofNullable(actionPlan);
    }

    /**
     * Returns a copy of this document that carries an action plan, replacing any it had. Everything
     * else is kept.
     *
     * @param plan  the action plan, not null
     * @return the document with the plan, not null
     */
    public OutturnDocument withActionPlan(ActionPlan plan) {
        Objects.requireNonNull(plan, "plan");
        return new OutturnDocument(title, source, notes, policies, defaultPolicy, indicators, plan);
    }

    /**
     * Returns the indicator with a code.
     *
     * @param code  the code, not null
     * @return the entry, empty when the document has no such indicator
     */
    public Optional<IndicatorEntry> indicator(String code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(indicators.get(code));
    }

    /**
     * Returns the policy that rates an indicator in every period: the one it names, else the
     * document's default.
     *
     * @param entry  an entry of this document, not null
     * @return the policy, empty when the entry names none for every period (none, or one per period)
     *     and the document has no default
     */
    public Optional<RagPolicy> policyFor(IndicatorEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (entry.policy().isPresent()) {
            return entry.policy().map(policies::get);
        }
        return entry.namesPolicy() ? Optional.empty() : defaultPolicy().map(policies::get);
    }

    /**
     * Returns the policy that rates an indicator's outturn for a period: the one the entry names for
     * the period ({@link IndicatorEntry#policyFor(ReportingPeriod)}), else, when the entry names no
     * policy at all, the document's default.
     *
     * @param entry  an entry of this document, not null
     * @param period  the outturn's period, not null
     * @return the policy, empty when none applies
     */
    public Optional<RagPolicy> policyFor(IndicatorEntry entry, ReportingPeriod period) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(period, "period");
        if (entry.namesPolicy()) {
            return entry.policyFor(period).map(policies::get);
        }
        return defaultPolicy().map(policies::get);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof OutturnDocument other && Objects.equals(title, other.title)
                && Objects.equals(source, other.source) && notes.equals(other.notes)
                && policies.equals(other.policies) && Objects.equals(defaultPolicy, other.defaultPolicy)
                && List.copyOf(indicators.values()).equals(List.copyOf(other.indicators.values()))
                && Objects.equals(actionPlan, other.actionPlan);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, source, notes, policies, defaultPolicy, List.copyOf(indicators.values()),
                actionPlan);
    }

    /**
     * Returns a summary such as {@code OutturnDocument[outturn/1, 57 indicators, 1 policies]}, or
     * {@code OutturnDocument[outturn/1, 0 indicators, 0 policies, action plan of 128 items]} for a
     * document with an action plan.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "OutturnDocument[" + FORMAT + ", " + indicators.size() + " indicators, " + policies.size()
                + " policies" + (actionPlan == null ? "" : ", action plan of " + actionPlan.size() + " items") + "]";
    }
}
