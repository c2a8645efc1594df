package dev.agentpane.web.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.application.port.in.task.ListTasksQuery;
import dev.agentpane.application.port.in.task.TaskPage;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.task.PositionedTask;
import dev.agentpane.domain.task.Task;
import dev.agentpane.domain.task.TaskPriority;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoardPageCacheTest {
    private static final Instant T0 = Instant.parse("2026-03-04T05:06:07.089Z");
    private final Map<ProjectId, Long> versions = new HashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private Long versionAfterRead; // a write that lands while a page is being read

    /** Pages whose one card is titled after the board version they were read at. */
    private BoardPageCache cache(long budgetBytes) {
        return new BoardPageCache(query -> {
            reads.incrementAndGet();
            Long version = versions.get(query.projectId());
            if (versionAfterRead != null) {
                versions.put(query.projectId(), versionAfterRead);
            }
            Task task = Task.create(query.projectId(), "v" + version, null, List.of(), TaskPriority.MEDIUM, "V", T0);
            Long unchanged = version.equals(versions.get(query.projectId())) ? version : null;
            return new TaskPage(List.of(new PositionedTask(task, 0)), 1, unchanged);
        }, projectId -> versions.containsKey(projectId) ? OptionalLong.of(versions.get(projectId)) : OptionalLong.empty(), budgetBytes);
    }

    private static ListTasksQuery query(String project) {
        return new ListTasksQuery(ProjectId.of(project), null, ListTasksQuery.DEFAULT_LIMIT, 0);
    }

    private static String title(byte[] body) {
        return new String(body, StandardCharsets.UTF_8).replaceAll(".*\"title\":\"([^\"]*)\".*", "$1");
    }

    @Test
    void a_page_is_read_once_per_board_version() {
        BoardPageCache cache = cache(BoardPageCache.DEFAULT_BUDGET_BYTES);
        versions.put(ProjectId.of("p"), 1L);

        assertThat(title(cache.page(query("p")))).isEqualTo("v1");
        assertThat(title(cache.page(query("p")))).isEqualTo("v1");
        assertThat(reads).hasValue(1);

        versions.put(ProjectId.of("p"), 2L);
        assertThat(title(cache.page(query("p")))).isEqualTo("v2");
        assertThat(reads).hasValue(2);
        cache.page(new ListTasksQuery(ProjectId.of("p"), null, 10, 0));
        assertThat(reads).as("another query of the same board is a page of its own").hasValue(3);
    }

    @Test
    void a_page_whose_board_changed_while_it_was_read_is_sent_but_not_kept() {
        BoardPageCache cache = cache(BoardPageCache.DEFAULT_BUDGET_BYTES);
        versions.put(ProjectId.of("p"), 1L);
        versionAfterRead = 2L;
        assertThat(title(cache.page(query("p")))).isEqualTo("v1");
        versionAfterRead = null;
        assertThat(cache.keptBytes()).isZero();

        assertThat(title(cache.page(query("p")))).isEqualTo("v2");
        assertThat(reads).hasValue(2);
        assertThat(cache.keptBytes()).isPositive();
    }

    @Test
    void unknown_projects_are_read_every_time_and_never_kept() {
        BoardPageCache cache = new BoardPageCache(query -> {
            reads.incrementAndGet();
            return new TaskPage(List.of(), 0, null);
        }, projectId -> OptionalLong.empty(), BoardPageCache.DEFAULT_BUDGET_BYTES);

        assertThat(new String(cache.page(query("nobody")), StandardCharsets.UTF_8))
                .isEqualTo("{\"ok\":true,\"data\":{\"items\":[],\"nextCursor\":null,\"hasMore\":false,\"totalCount\":0}}");
        cache.page(query("nobody"));
        assertThat(reads).hasValue(2);
        assertThat(cache.keptBytes()).isZero();
    }

    @Test
    void the_kept_bytes_stay_within_the_budget() {
        versions.put(ProjectId.of("probe"), 1L);
        long pageBytes = cache(BoardPageCache.DEFAULT_BUDGET_BYTES).page(query("probe")).length;
        BoardPageCache cache = cache(pageBytes * 10);
        for (int i = 0; i < 100; i++) {
            versions.put(ProjectId.of("p" + i), 1L);
            cache.page(query("p" + i));
            assertThat(cache.keptBytes()).isLessThanOrEqualTo(pageBytes * 10);
        }
        assertThat(cache.keptBytes()).isPositive();
    }
}
