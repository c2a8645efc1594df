package dev.agentpane.web.agent;

import java.util.Map;

/**
 * A service error of the agent routes as the original forwards it: {@code {ok:false, error:{code, message, status, details}}}.
 */
public record AgentErrorJson(boolean ok, Body error) {
    public record Body(String code, String message, int status, Map<String, Object> details) {
    }

    public static AgentErrorJson of(String code, String message, int status, Map<String, Object> details) {
        return new AgentErrorJson(false, new Body(code, message, status, details));
    }
}
