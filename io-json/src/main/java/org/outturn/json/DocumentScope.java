package org.outturn.json;

import static org.outturn.json.JsonInput.describe;
import static org.outturn.json.JsonInput.didYouMean;
import static org.outturn.json.JsonInput.invalid;
import static org.outturn.json.JsonInput.missing;
import static org.outturn.json.JsonInput.startArray;
import static org.outturn.json.JsonInput.startObject;
import static org.outturn.json.JsonInput.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.outturn.json.JsonInput.Site;
import org.outturn.rules.RagPolicy;
import org.outturn.rules.plan.ActionPlan;
import org.outturn.rules.report.OutturnDocument;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;

/**
 * The one reading of a document's own fields that both readers share, the whole-document
 * deserializer and the streaming {@link DocumentReader}, so that the same fault gives the same
 * message, path and location: the header ({@code format}, {@code title}, {@code source}, {@code notes},
 * {@code policies}, {@code defaultPolicy}, {@code actionPlan}), the checks across indicators (unique codes, policies that exist) and, when
 * problems are being collected for {@link OutturnJson#check}, the recording of each one.
 *
 * <p>A scope belongs to one reading of one document; the entry and policy deserializers find it as
 * an attribute of their context. Mutable, not thread-safe.
 */
final class DocumentScope {

    /** The context attribute under which a reading's scope is found. */
    static final Object ATTRIBUTE = DocumentScope.class;

    private final boolean streaming;
    private final Problems problems;
    private String title;
    private String source;
    private List<String> notes = List.of();
    private String defaultPolicy;
    private Site defaultPolicySite;
    private ActionPlan actionPlan;
    private boolean format;
    private boolean policiesRead;
    private boolean indicatorsRead;
    private final Map<String, RagPolicy> policies = new LinkedHashMap<>();
    private final Map<String, Site> policySites = new HashMap<>();
    /** The names of the policies read, valid or not: a reference to an invalid one is not a second problem. */
    private final Set<String> policyNames = new HashSet<>();
    private final SeenCodes codes = new SeenCodes();
    private final List<Reference> references = new ArrayList<>();
    /** The keys of the period map being read, kept for the next map: period maps do not nest. */
    private ModelCodecs.PeriodKeys periodKeys;

    /** A policy named by an indicator before the document's policies were read. */
    private record Reference(String policy, Site site) {
    }

    /**
     * Returns a scope.
     *
     * @param streaming  whether the document is read as a stream, so that the policies must come first
     * @param problems  where problems are collected, or null to fail at the first
     */
    DocumentScope(boolean streaming, Problems problems) {
        this.streaming = streaming;
        this.problems = problems;
    }

    /** Returns the scope of the reading the context belongs to, or null outside a document. */
    static DocumentScope of(DeserializationContext ctxt) {
        return ctxt == null ? null : (DocumentScope) ctxt.getAttribute(ATTRIBUTE);
    }

    String title() {
        return title;
    }

    String source() {
        return source;
    }

    List<String> notes() {
        return notes;
    }

    Map<String, RagPolicy> policies() {
        return policies;
    }

    /** Returns the name of the document's default policy, or null. */
    String defaultPolicy() {
        return defaultPolicy;
    }

    /** Returns the document's action plan, or null. */
    ActionPlan actionPlan() {
        return actionPlan;
    }

    /**
     * Reads one field of the document other than {@code indicators}; the parser is on its value.
     *
     * @param policy  reads one policy, the parser on its start
     * @param plan  reads the action plan, the parser on its start
     * @param strict  whether an unknown field fails
     */
    void readField(JsonParser p, String name, Function<JsonParser, RagPolicy> policy,
            Function<JsonParser, ActionPlan> plan, boolean strict) {
        switch (name) {
            case "format":
                afterIndicatorsInStream(p, name);
                String given = text(p, "format");
                if (!OutturnDocument.FORMAT.equals(given)) {
                    throw invalid(p, "format", "unsupported format '" + given + "' (supported: "
                            + OutturnDocument.FORMAT + ")");
                }
                format = true;
                break;
            case "title":
                title = text(p, "title");
                break;
            case "source":
                source = text(p, "source");
                break;
            case "notes":
                notes = DocumentCodecs.readNotes(p);
                break;
            case "policies":
                afterIndicatorsInStream(p, name);
                startArray(p, "policies");
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    attempt(p, () -> {
                        startObject(p, "policy");
                        policy.apply(p);
                    });
                }
                policiesRead = true;
                break;
            case "defaultPolicy":
                afterIndicatorsInStream(p, name);
                defaultPolicy = text(p, "defaultPolicy");
                defaultPolicySite = JsonInput.site(p);
                break;
            case "actionPlan":
                startObject(p, "action plan");
                actionPlan = plan.apply(p);
                break;
            default:
                JsonInput.unknownField(p, strict, "document", name, DocumentCodecs.DOCUMENT_FIELDS);
        }
    }

    private void afterIndicatorsInStream(JsonParser p, String name) {
        if (streaming && indicatorsRead) {
            throw invalid(p, "document", new Site("$." + name, p.currentTokenLocation()),
                    "'" + name + "' must come before 'indicators' in a document read as a stream");
        }
    }

    /** Starts the {@code indicators} array; the parser is on its value. */
    void startIndicators(JsonParser p) {
        if (!format) {
            throw invalid(p, "document", new Site("$.indicators", p.currentTokenLocation()),
                    "missing required field 'format' before 'indicators'");
        }
        startArray(p, "indicators");
        indicatorsRead = true;
        if (streaming) {
            // The stream has read every policy it will have: the default can be checked now.
            checkDefaultPolicy(p);
        }
    }

    /** Checks that the default policy, if any, is one of the document's policies, once. */
    private void checkDefaultPolicy(JsonParser p) {
        Site site = defaultPolicySite;
        defaultPolicySite = null;
        if (site != null && !policies.containsKey(defaultPolicy)
                && !(problems != null && policyNames.contains(defaultPolicy))) {
            throw invalid(p, "document", site, OutturnDocument.undefinedPolicy("defaultPolicy", defaultPolicy,
                    policies.keySet()) + didYouMean(defaultPolicy, policies.keySet()));
        }
    }

    /** Checks, at the document's end, what only the whole document shows. */
    void finish(JsonParser p) {
        if (!format) {
            throw missing(p, "document", "format");
        }
        if (!indicatorsRead) {
            throw missing(p, "document", "indicators");
        }
        for (Reference reference : references) {
            attempt(p, () -> checkPolicy(p, reference.policy(), reference.site()));
        }
        references.clear();
        attempt(p, () -> checkDefaultPolicy(p));
    }

    /** Checks that nothing follows the document. */
    static void checkEnd(JsonParser p) {
        if (p.nextToken() != null) {
            throw invalid(p, "document", new Site("$", p.currentTokenLocation()),
                    "trailing " + describe(p) + " after the document");
        }
    }

    /** Notes the name of a policy being read, before it is known to be valid. */
    void policyName(String name) {
        policyNames.add(name);
    }

    /** Adds a policy read from the document; its name was read at the site. */
    void addPolicy(JsonParser p, RagPolicy policy, Site nameSite) {
        Site first = policySites.putIfAbsent(policy.name(), nameSite);
        if (first != null) {
            throw invalid(p, "policy name", nameSite, "Invalid value for policy name (must be unique in the "
                    + "document, first at " + first.path() + "): " + policy.name());
        }
        policies.put(policy.name(), policy);
    }

    /**
     * Records an indicator's code, read at the parser's current token: the {@code code} field of an element
     * of the {@code indicators} array.
     */
    void code(JsonParser p, String code) {
        TokenStreamContext indicators = p.streamReadContext().getParent();
        int first = codes.add(code, indicators.getCurrentIndex());
        if (first >= 0) {
            throw invalid(p, "code", "Invalid value for code (must be unique in the document, first at "
                    + JsonInput.path(indicators.getParent()) + "[" + first + "].code): " + code);
        }
    }

    /** Checks the policy an indicator names, read at the parser's current token, now or at the document's end. */
    void policyReference(JsonParser p, String policy) {
        Site site = JsonInput.site(p);
        if (policiesRead || streaming) {
            checkPolicy(p, policy, site);
        } else {
            references.add(new Reference(policy, site));
        }
    }

    private void checkPolicy(JsonParser p, String policy, Site site) {
        if (!policies.containsKey(policy) && !(problems != null && policyNames.contains(policy))) {
            throw invalid(p, "policy", site, "unknown policy '" + policy + "' (the document's policies: "
                    + policies.keySet() + ")" + didYouMean(policy, policies.keySet()));
        }
    }

    /** Returns how many problems have been recorded: zero when they are not being collected. */
    int problemCount() {
        return problems == null ? 0 : problems.size();
    }

    /**
     * Reads a value. When problems are being collected, a value or reference problem is recorded,
     * the rest of the value is skipped, and reading goes on; a malformed input still stops it.
     *
     * @return true if the value was read without a problem
     */
    boolean attempt(JsonParser p, Runnable read) {
        if (problems == null) {
            read.run();
            return true;
        }
        int enclosing = p.streamReadContext().getNestingDepth()
                - (p.currentToken() != null && p.currentToken().isStructStart() ? 1 : 0);
        try {
            read.run();
            return true;
        } catch (InvalidValueException ex) {
            problems.add(ex);
        } catch (Problems.Reported ex) {
            // already recorded where it was found
        }
        while (p.streamReadContext().getNestingDepth() > enclosing && p.nextToken() != null) {
            // skip the rest of the value
        }
        return false;
    }

    /**
     * Returns the keys of a period map about to be read, empty: one object for every map of the
     * document, which remembers the periods its keys have named (see {@link ModelCodecs.PeriodKeys}).
     */
    ModelCodecs.PeriodKeys periodKeys() {
        if (periodKeys == null) {
            periodKeys = new ModelCodecs.PeriodKeys(true);
        }
        periodKeys.clear();
        return periodKeys;
    }

    /** Whether problems are being collected, rather than the first one thrown. */
    boolean collecting() {
        return problems != null;
    }

    /** Whether the context's document collects its problems: false outside a document. */
    static boolean collecting(DeserializationContext ctxt) {
        DocumentScope scope = of(ctxt);
        return scope != null && scope.collecting();
    }

    /** Reads a value as {@link #attempt(JsonParser, Runnable)} does, with the scope of the context, if any. */
    static boolean attempt(JsonParser p, DeserializationContext ctxt, Runnable read) {
        DocumentScope scope = of(ctxt);
        if (scope == null) {
            read.run();
            return true;
        }
        return scope.attempt(p, read);
    }
}
