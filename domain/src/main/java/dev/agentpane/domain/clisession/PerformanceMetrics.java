package dev.agentpane.domain.clisession;

import java.util.List;
import java.util.Objects;

/**
 * How a CLI session uses its context window, as the monitor daemon computes it.
 *
 * @param lastCompactionAt epoch milliseconds; null before the first compaction
 * @param cacheHitRatio    0..1
 * @param contextPressure  0..1: the part of the context window in use
 */
public record PerformanceMetrics(
        int compactionCount,
        Long lastCompactionAt,
        List<CompactionEvent> compactionEvents,
        List<TurnMetrics> recentTurns,
        double cacheHitRatio,
        long contextWindowUsed,
        long contextWindowLimit,
        double contextPressure,
        ContextHealth healthStatus) {

    public PerformanceMetrics {
        Counts.notNegative(compactionCount, "compactionCount");
        compactionEvents = compactionEvents == null ? List.of() : List.copyOf(compactionEvents);
        recentTurns = recentTurns == null ? List.of() : List.copyOf(recentTurns);
        Counts.fraction(cacheHitRatio, "cacheHitRatio");
        Counts.notNegative(contextWindowUsed, "contextWindowUsed");
        Counts.notNegative(contextWindowLimit, "contextWindowLimit");
        Counts.fraction(contextPressure, "contextPressure");
        Objects.requireNonNull(healthStatus, "healthStatus");
    }
}
