package dev.agentpane.domain.sandbox;

/** The resource bounds of a sandbox config (reference §4.11), each with the error code the original answers. */
public enum SandboxConfigLimit {
    MEMORY("memoryMb", SandboxConfig.MIN_MEMORY_MB, SandboxConfig.MAX_MEMORY_MB, "SANDBOX_CONFIG_INVALID_MEMORY"),
    CPU("cpuCores", SandboxConfig.MIN_CPU_CORES, SandboxConfig.MAX_CPU_CORES, "SANDBOX_CONFIG_INVALID_CPU"),
    PROCESSES("maxProcesses", SandboxConfig.MIN_PROCESSES, SandboxConfig.MAX_PROCESSES, "SANDBOX_CONFIG_INVALID_PROCESSES"),
    TIMEOUT("timeoutMinutes", SandboxConfig.MIN_TIMEOUT_MINUTES, SandboxConfig.MAX_TIMEOUT_MINUTES, "SANDBOX_CONFIG_INVALID_TIMEOUT");

    private final String field;
    private final double min;
    private final double max;
    private final String errorCode;

    SandboxConfigLimit(String field, double min, double max, String errorCode) {
        this.field = field;
        this.min = min;
        this.max = max;
        this.errorCode = errorCode;
    }

    public String field() {
        return field;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public String errorCode() {
        return errorCode;
    }

    /** NaN is outside every bound. */
    public boolean allows(double value) {
        return value >= min && value <= max;
    }

    /** @throws SandboxConfigLimitException when {@code value} is outside this bound */
    public void check(Number value) {
        if (!allows(value.doubleValue())) {
            throw new SandboxConfigLimitException(this, value);
        }
    }
}
