package org.outturn.rules;

import java.math.BigDecimal;
import org.outturn.core.Indicator;
import org.outturn.core.Target;
import org.outturn.core.internal.CoreAccess;

/**
 * The two edges a strategy's tolerances put beside one of an indicator's targets (a tolerance strategy's green
 * and red edges beside a single target; a band strategy's red edges below and above the band), worked out once
 * per target and strategy, exactly as {@link Tolerances#edge} works them out, and kept in the indicator's
 * target index: a rating then only compares its value with them, and allocates nothing for them.
 *
 * <p>A target rated by several strategies (a composite, or two policies) keeps the edges of each, the latest
 * first, up to {@value #KEPT}; beyond that the oldest are dropped and worked out again when next needed. A
 * target that is not one of the indicator's own (a target given to
 * {@link RagPolicy#assess(Indicator, Target, org.outturn.core.Outturn)}) keeps nothing.
 *
 * <p>This class is immutable and thread-safe: the memo is published without synchronisation, and a rating
 * that misses another thread's edges works them out again, to the same values.
 */
final class TargetEdges {

    /** How many strategies' edges one target keeps. */
    static final int KEPT = 4;

    /** The strategy whose edges these are, by identity. */
    private final Object owner;
    /** Whether the edges are for a higher-is-better indicator. */
    private final boolean higher;
    private final BigDecimal first;
    private final BigDecimal second;
    /** The edges of other strategies for the same target, or null. */
    private final TargetEdges next;

    private TargetEdges(Object owner, boolean higher, BigDecimal first, BigDecimal second, TargetEdges next) {
        this.owner = owner;
        this.higher = higher;
        this.first = first;
        this.second = second;
        this.next = next;
    }

    /** The first edge: a tolerance strategy's green edge, or a band's red edge below it. */
    BigDecimal first() {
        return first;
    }

    /** The second edge: a tolerance strategy's red edge, or a band's red edge above it. */
    BigDecimal second() {
        return second;
    }

    /**
     * Returns the edges a strategy kept for a target of an indicator.
     *
     * @return the edges, null when none are kept
     */
    static TargetEdges find(Object owner, Indicator indicator, Target target, boolean higher) {
        Object memo = CoreAccess.lender().memo(indicator, target);
        for (TargetEdges edges = memo instanceof TargetEdges kept ? kept : null; edges != null; edges = edges.next) {
            if (edges.owner == owner && edges.higher == higher) {
                return edges;
            }
        }
        return null;
    }

    /**
     * Keeps a strategy's edges for a target of an indicator, before any kept for other strategies.
     *
     * @return the edges, not null
     */
    static TargetEdges keep(Object owner, Indicator indicator, Target target, boolean higher, BigDecimal first,
            BigDecimal second) {
        Object memo = CoreAccess.lender().memo(indicator, target);
        TargetEdges edges = new TargetEdges(owner, higher, first, second,
                memo instanceof TargetEdges kept ? others(kept, owner, higher, KEPT - 1) : null);
        CoreAccess.lender().remember(indicator, target, edges);
        return edges;
    }

    /** A copy of a chain without an owner's edges, of at most {@code room} links. */
    private static TargetEdges others(TargetEdges chain, Object owner, boolean higher, int room) {
        if (chain == null || room == 0) {
            return null;
        }
        if (chain.owner == owner && chain.higher == higher) {
            return others(chain.next, owner, higher, room);
        }
        TargetEdges rest = others(chain.next, owner, higher, room - 1);
        return rest == chain.next ? chain : new TargetEdges(chain.owner, chain.higher, chain.first, chain.second, rest);
    }
}
