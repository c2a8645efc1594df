package dev.agentpane.web.api;

import java.util.List;

/** The original's list shape L2: {@code {items, totalCount}} (marketplaces, plugins, Terraform registries and modules). */
public record CountedItems<T>(List<T> items, long totalCount) {
    /** A complete list: the total is its size. */
    public static <T> CountedItems<T> all(List<T> items) {
        return new CountedItems<>(items, items.size());
    }
}
