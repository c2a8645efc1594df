package dev.agentpane.domain.clisession;

import dev.agentpane.domain.shared.Text;

/** The tool call a CLI session waits on. */
public record PendingToolUse(String toolName, String toolId) {
    public static final int TOOL_NAME_MAX = 200;
    public static final int TOOL_ID_MAX = 200;

    public PendingToolUse {
        toolName = Text.required(toolName, TOOL_NAME_MAX, "Tool name");
        toolId = Text.required(toolId, TOOL_ID_MAX, "Tool id");
    }
}
