package dev.agentpane.persistence.clisession;

import dev.agentpane.application.port.out.CliSessionRepository;
import dev.agentpane.domain.clisession.CliSession;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Batches go to the database in statements of at most {@link #ROWS_PER_STATEMENT} rows: one round trip for an ingest
 * of the daemon's 500 sessions. Upserts bind the whole batch as one JSON parameter ({@link CliSessionBatch}).
 */
public class MyBatisCliSessionRepository implements CliSessionRepository {
    static final int ROWS_PER_STATEMENT = 500;
    private final CliSessionMapper mapper;
    private final CliSessionRowConverter converter = CliSessionRowConverter.INSTANCE;

    public MyBatisCliSessionRepository(CliSessionMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void upsertAll(Collection<CliSession> sessions) {
        List<CliSessionRow> rows = sessions.stream().map(converter::toRow).toList();
        for (List<CliSessionRow> chunk : chunks(rows)) {
            mapper.upsertAll(CliSessionBatch.toJson(chunk));
        }
    }

    @Override
    public Optional<CliSession> findBySessionId(String sessionId) {
        return Optional.ofNullable(mapper.findBySessionId(sessionId)).map(converter::toCliSession);
    }

    @Override
    public List<CliSession> findBySessionIds(Collection<String> sessionIds) {
        return inChunks(List.copyOf(new LinkedHashSet<>(sessionIds)), chunk -> mapper.findBySessionIds(chunk).stream()
                .map(converter::toCliSession).toList());
    }

    @Override
    public List<CliSession> findRecentlyActive(String projectHash, Long activeAfterEpochMillis, int limit) {
        return mapper.findRecentlyActive(projectHash, activeAfterEpochMillis, limit).stream()
                .map(converter::toCliSession)
                .toList();
    }

    @Override
    public long countRecentlyActive(String projectHash, Long activeAfterEpochMillis) {
        return mapper.countRecentlyActive(projectHash, activeAfterEpochMillis);
    }

    @Override
    public int deleteBySessionIds(Collection<String> sessionIds) {
        return inChunks(List.copyOf(new LinkedHashSet<>(sessionIds)), chunk -> List.of(mapper.deleteBySessionIds(chunk))).stream()
                .mapToInt(Integer::intValue).sum();
    }

    @Override
    public int deleteInactiveBefore(long cutoffEpochMillis) {
        return mapper.deleteInactiveBefore(cutoffEpochMillis);
    }

    private static <T, R> List<R> inChunks(List<T> items, Function<List<T>, List<R>> statement) {
        List<R> results = new ArrayList<>();
        for (List<T> chunk : chunks(items)) {
            results.addAll(statement.apply(chunk));
        }
        return results;
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += ROWS_PER_STATEMENT) {
            chunks.add(items.subList(from, Math.min(items.size(), from + ROWS_PER_STATEMENT)));
        }
        return chunks;
    }
}
