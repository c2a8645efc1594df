package dev.agentpane.web.api;

import java.util.Map;

/**
 * A service error as the original forwards it, with its status and details:
 * {@code {ok:false, error:{code, message, status, details}}}.
 */
public record ServiceErrorJson(boolean ok, Body error) {
    public record Body(String code, String message, int status, Map<String, Object> details) {
    }

    public static ServiceErrorJson of(String code, String message, int status, Map<String, Object> details) {
        return new ServiceErrorJson(false, new Body(code, message, status, details));
    }
}
