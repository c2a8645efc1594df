package dev.agentpane.persistence.clisession;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.domain.clisession.CliSession;
import dev.agentpane.domain.clisession.CliSessionStatus;
import dev.agentpane.domain.clisession.CompactionEvent;
import dev.agentpane.domain.clisession.CompactionType;
import dev.agentpane.domain.clisession.ContextHealth;
import dev.agentpane.domain.clisession.PendingToolUse;
import dev.agentpane.domain.clisession.PerformanceMetrics;
import dev.agentpane.domain.clisession.TokenUsage;
import dev.agentpane.domain.clisession.TurnMetrics;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON columns keep the original's shapes, so that its rows and ours read the same. */
class CliSessionRowConverterTest {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");
    private final CliSessionRowConverter converter = CliSessionRowConverter.INSTANCE;

    @Test
    void json_written_by_the_original_reads_into_the_typed_payloads() {
        CliSessionRow row = new CliSessionRow("c1", "s1", "/f.jsonl", "/w", "w", "h", null, "waiting_for_approval", 3, 1,
                null, null, "{\"toolName\":\"Bash\",\"toolId\":\"toolu_1\"}",
                "{\"inputTokens\":10,\"outputTokens\":20,\"cacheCreationTokens\":0,\"cacheReadTokens\":5}",
                "{\"compactionCount\":1,\"lastCompactionAt\":null,\"compactionEvents\":[{\"type\":\"microcompact\","
                        + "\"timestamp\":1700000000000,\"trigger\":\"auto\",\"preTokens\":1000,\"sessionId\":\"s1\"}],"
                        + "\"recentTurns\":[{\"turnNumber\":1,\"inputTokens\":1,\"outputTokens\":2,\"cacheReadTokens\":3,"
                        + "\"cacheCreationTokens\":4,\"timestamp\":1700000000001}],\"cacheHitRatio\":0.5,"
                        + "\"contextWindowUsed\":100,\"contextWindowLimit\":200000,\"contextPressure\":0.0005,"
                        + "\"healthStatus\":\"critical\"}",
                null, 1L, 2L, 0L, false, null, T0, T0);

        CliSession session = converter.toCliSession(row);

        assertThat(session.pendingToolUse()).isEqualTo(new PendingToolUse("Bash", "toolu_1"));
        assertThat(session.tokenUsage()).isEqualTo(new TokenUsage(10, 20, 0, 5, null, null));
        assertThat(session.performanceMetrics()).isEqualTo(new PerformanceMetrics(1, null,
                List.of(new CompactionEvent(CompactionType.MICROCOMPACT, 1_700_000_000_000L, "auto", 1000, null, "s1", null)),
                List.of(new TurnMetrics(1, 1, 2, 3, 4, 1_700_000_000_001L)), 0.5, 100, 200_000, 0.0005,
                ContextHealth.CRITICAL));
    }

    @Test
    void enum_values_inside_the_metrics_are_stored_in_their_wire_spelling() {
        PerformanceMetrics metrics = new PerformanceMetrics(0, null,
                List.of(new CompactionEvent(CompactionType.COMPACT, 1L, "manual", 1, null, "s1", null)), List.of(), 0, 0, 0,
                0, ContextHealth.HEALTHY);
        CliSession session = CliSession.create("s1", "/f", "/w", "w", "", null,
                CliSessionStatus.WORKING, 0, 0, null, null, null, null, metrics, null, 1L,
                1L, 0L, false, null, T0);

        assertThat(converter.toRow(session).performanceMetrics())
                .contains("\"type\":\"compact\"", "\"healthStatus\":\"healthy\"");
        assertThat(converter.toRow(session).status()).isEqualTo("working");
    }
}
