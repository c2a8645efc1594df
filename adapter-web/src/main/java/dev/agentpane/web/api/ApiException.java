package dev.agentpane.web.api;

/** An error the web layer itself detects (a missing query parameter, a payload too large, …), with its status and code. */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
