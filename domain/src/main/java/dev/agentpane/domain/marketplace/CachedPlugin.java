package dev.agentpane.domain.marketplace;

import dev.agentpane.domain.shared.Text;
import java.util.List;

/**
 * A plugin found in a marketplace's repository at its last sync.
 *
 * @param id   the plugin's directory name
 * @param tags empty when the sync tagged nothing
 */
public record CachedPlugin(
        String id,
        String name,
        String description,
        String author,
        String version,
        String category,
        String readme,
        List<PluginTag> tags) {

    public static final int ID_MAX = 255;
    public static final int NAME_MAX = 500;
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int AUTHOR_MAX = 500;
    public static final int VERSION_MAX = 100;
    public static final int CATEGORY_MAX = 100;
    public static final int README_MAX = 1_000_000;

    public CachedPlugin {
        id = Text.required(id, ID_MAX, "Plugin id");
        name = Text.required(name, NAME_MAX, "Plugin name");
        description = Text.optional(description, DESCRIPTION_MAX, "Plugin description");
        author = Text.optional(author, AUTHOR_MAX, "Plugin author");
        version = Text.optional(version, VERSION_MAX, "Plugin version");
        category = Text.optional(category, CATEGORY_MAX, "Plugin category");
        readme = Text.optional(readme, README_MAX, "Plugin readme");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
