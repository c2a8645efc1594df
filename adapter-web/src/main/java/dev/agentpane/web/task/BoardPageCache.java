package dev.agentpane.web.task;

import dev.agentpane.application.port.in.task.GetBoardVersionUseCase;
import dev.agentpane.application.port.in.task.ListTasksQuery;
import dev.agentpane.application.port.in.task.ListTasksUseCase;
import dev.agentpane.application.port.in.task.TaskPage;
import dev.agentpane.web.api.ApiEnvelope;
import dev.agentpane.web.api.ListPage;
import dev.agentpane.web.api.WireJson;
import java.util.Iterator;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The answers of {@code GET /api/tasks}, kept as the bytes sent and tagged with the board version they were read at.
 *
 * <p>A board is read far more often than it changes (every client re-reads it after each change and on every visit).
 * Each request asks the database for the board's version, one indexed single-row read, and sends the kept bytes when
 * they were read at that version; otherwise it reads and renders the page and keeps it. Because the version moves on in
 * the very transaction that changes a card (a trigger, whoever writes, on every instance), a request that starts after
 * a write was answered never gets a page from before it.
 *
 * <p>The kept bytes are bounded by {@link #budgetBytes}; over it, entries are dropped in no particular order.
 */
public final class BoardPageCache {
    /** About three hundred boards of fifty cards. */
    public static final long DEFAULT_BUDGET_BYTES = 8L * 1024 * 1024;

    private final ListTasksUseCase listTasks;
    private final GetBoardVersionUseCase boardVersions;
    private final long budgetBytes;
    private final ConcurrentMap<ListTasksQuery, KeptPage> pages = new ConcurrentHashMap<>();
    private final AtomicLong keptBytes = new AtomicLong();

    public BoardPageCache(ListTasksUseCase listTasks, GetBoardVersionUseCase boardVersions, long budgetBytes) {
        this.listTasks = listTasks;
        this.boardVersions = boardVersions;
        this.budgetBytes = budgetBytes;
    }

    private record KeptPage(long boardVersion, byte[] body) {
    }

    /** The JSON answer ({@code {"ok":true,"data":{items,…}}}) for the query, as of now. */
    public byte[] page(ListTasksQuery query) {
        OptionalLong version = boardVersions.boardVersion(query.projectId());
        if (version.isPresent()) {
            KeptPage kept = pages.get(query);
            if (kept != null && kept.boardVersion() == version.getAsLong()) {
                return kept.body();
            }
        }
        TaskPage page = listTasks.list(query);
        byte[] body = render(query, page);
        if (page.boardVersion() != null) {
            keep(query, new KeptPage(page.boardVersion(), body));
        }
        return body;
    }

    /** The number of bytes kept now. */
    long keptBytes() {
        return keptBytes.get();
    }

    private static byte[] render(ListTasksQuery query, TaskPage page) {
        boolean hasMore = query.offset() + page.items().size() < page.totalCount();
        return WireJson.MAPPER.writeValueAsBytes(ApiEnvelope.success(ListPage.of(page.items().stream().map(TaskJson::of).toList(),
                hasMore, page.totalCount())));
    }

    private void keep(ListTasksQuery query, KeptPage fresh) {
        if (fresh.body().length > budgetBytes) {
            return;
        }
        pages.compute(query, (key, old) -> {
            if (old != null && old.boardVersion() > fresh.boardVersion()) {
                return old; // a later read finished first
            }
            keptBytes.addAndGet(fresh.body().length - (old == null ? 0 : old.body().length));
            return fresh;
        });
        if (keptBytes.get() > budgetBytes) {
            shrinkTo(budgetBytes / 2);
        }
    }

    private void shrinkTo(long target) {
        Iterator<Map.Entry<ListTasksQuery, KeptPage>> entries = pages.entrySet().iterator();
        while (keptBytes.get() > target && entries.hasNext()) {
            Map.Entry<ListTasksQuery, KeptPage> entry = entries.next();
            if (pages.remove(entry.getKey(), entry.getValue())) {
                keptBytes.addAndGet(-entry.getValue().body().length);
            }
        }
    }
}
