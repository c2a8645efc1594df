package dev.agentpane.domain.sandbox;

import dev.agentpane.domain.shared.ValidationException;

/** A resource value outside its bound; the web adapter reports it with the limit's code and {@code {value, min, max}}. */
public class SandboxConfigLimitException extends ValidationException {
    private final SandboxConfigLimit limit;
    private final Number value;

    public SandboxConfigLimitException(SandboxConfigLimit limit, Number value) {
        super(limit.field() + " must be between " + display(limit.min()) + " and " + display(limit.max()) + ", got " + value);
        this.limit = limit;
        this.value = value;
    }

    private static String display(double bound) {
        return bound == Math.rint(bound) ? String.valueOf((long) bound) : String.valueOf(bound);
    }

    public SandboxConfigLimit limit() {
        return limit;
    }

    public Number value() {
        return value;
    }
}
