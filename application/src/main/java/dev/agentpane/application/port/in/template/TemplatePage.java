package dev.agentpane.application.port.in.template;

import dev.agentpane.domain.template.Template;
import java.util.List;

/** The templates of a list and how many matched in all. */
public record TemplatePage(List<Template> items, long totalCount) {
    public TemplatePage {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return items.size() < totalCount;
    }
}
