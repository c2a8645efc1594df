package dev.agentpane.web.api;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Errors of a service as the original forwards them: {@code {ok:false, error:{code, message, status}}}, with
 * {@code details} where the original sends some.
 */
public final class ServiceErrors {
    private ServiceErrors() {
    }

    public record WithDetails(boolean ok, Body error) {
        public record Body(String code, String message, int status, Map<String, Object> details) {
        }
    }

    public static ResponseEntity<ApiEnvelope.ServiceFailure> of(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).body(ApiEnvelope.serviceFailure(code, message, status.value()));
    }

    public static ResponseEntity<WithDetails> of(HttpStatus status, String code, String message, Map<String, Object> details) {
        return ResponseEntity.status(status).body(new WithDetails(false, new WithDetails.Body(code, message, status.value(), details)));
    }
}
