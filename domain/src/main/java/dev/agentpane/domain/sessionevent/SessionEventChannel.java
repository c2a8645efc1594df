package dev.agentpane.domain.sessionevent;

/**
 * The channel an event is filed under when its writer names none: the original's two mappings (reference §4.5) in one,
 * since this server has one append path. {@code chunk} → {@code chunks}, {@code tool:*} → {@code toolCalls},
 * {@code terminal:*} → {@code terminal}, {@code presence:*} → {@code presence}, {@code approval:*} → {@code approval},
 * {@code agent:*} → {@code agent}, {@code state:update} → {@code state}, {@code plan:*} → {@code plan}, {@code sandbox:*}
 * → {@code sandbox}, {@code task-creation:*} → {@code taskCreation}, {@code container-agent:*} → {@code containerAgent},
 * anything else → {@code other}.
 */
public final class SessionEventChannel {
    private SessionEventChannel() {
    }

    public static String forType(String type) {
        if (type.equals("chunk")) {
            return "chunks";
        }
        if (type.equals("state:update")) {
            return "state";
        }
        String[][] prefixes = {{"tool:", "toolCalls"}, {"terminal:", "terminal"}, {"presence:", "presence"}, {"approval:", "approval"},
            {"agent:", "agent"}, {"plan:", "plan"}, {"sandbox:", "sandbox"}, {"task-creation:", "taskCreation"},
            {"container-agent:", "containerAgent"}};
        for (String[] prefix : prefixes) {
            if (type.startsWith(prefix[0])) {
                return prefix[1];
            }
        }
        return "other";
    }
}
