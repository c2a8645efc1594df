package dev.agentpane.web.api;

/** The original's response envelopes: {@code {"ok":true,"data":…}}, {@code {"ok":true}} and {@code {"ok":false,"error":{…}}}. */
public final class ApiEnvelope {
    private ApiEnvelope() {
    }

    public record Success<T>(boolean ok, T data) {
    }

    public record Done(boolean ok) {
    }

    public record Failure(boolean ok, ErrorBody error) {
    }

    public record ErrorBody(String code, String message) {
    }

    /** The original forwards its service errors with their HTTP status inside the error: {@code {code, message, status}}. */
    public record ServiceFailure(boolean ok, ServiceErrorBody error) {
    }

    public record ServiceErrorBody(String code, String message, int status) {
    }

    public static <T> Success<T> success(T data) {
        return new Success<>(true, data);
    }

    public static Done done() {
        return new Done(true);
    }

    public static Failure failure(String code, String message) {
        return new Failure(false, new ErrorBody(code, message));
    }

    public static ServiceFailure serviceFailure(String code, String message, int status) {
        return new ServiceFailure(false, new ServiceErrorBody(code, message, status));
    }
}
