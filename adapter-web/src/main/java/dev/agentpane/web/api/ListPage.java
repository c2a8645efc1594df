package dev.agentpane.web.api;

import java.util.List;

/** The original's list shape L1: {@code {items, nextCursor, hasMore, totalCount}} (this server counts the real total). */
public record ListPage<T>(List<T> items, String nextCursor, boolean hasMore, long totalCount) {
    public static <T> ListPage<T> of(List<T> items, boolean hasMore, long totalCount) {
        return new ListPage<>(items, null, hasMore, totalCount);
    }
}
