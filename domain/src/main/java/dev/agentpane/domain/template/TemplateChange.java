package dev.agentpane.domain.template;

import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.shared.SyncInterval;
import dev.agentpane.domain.shared.Text;
import java.util.List;

/**
 * A partial update of a template; a null part leaves the stored value.
 *
 * @param projectIds   the whole new project set
 * @param syncInterval the new auto-sync interval (possibly none)
 */
public record TemplateChange(String name, String description, String branch, String configPath, List<ProjectId> projectIds,
        SyncInterval.Change syncInterval) {
    public TemplateChange {
        name = name == null ? null : Text.required(name, Template.NAME_MAX, "Name");
        description = Text.optional(description, Template.DESCRIPTION_MAX, "Description");
        branch = branch == null ? null : Text.required(branch, Template.BRANCH_MAX, "Branch");
        configPath = configPath == null ? null : Text.required(configPath, Template.CONFIG_PATH_MAX, "Config path");
        projectIds = projectIds == null ? null : List.copyOf(projectIds);
    }

    public boolean isEmpty() {
        return name == null && description == null && branch == null && configPath == null && projectIds == null
                && syncInterval == null;
    }
}
