package dev.agentpane.application.port.in.climonitor;

/**
 * The retention job (reference §4.14): deletes the stored sessions last active more than the retention period ago.
 * The period is the setting {@value #RETENTION_DAYS_KEY} in days, read at every run: a positive integer, as a JSON
 * number or a numeric string (the web client writes {@code "30"}); absent or anything else means
 * {@value #DEFAULT_RETENTION_DAYS}.
 */
public interface PurgeInactiveCliSessionsUseCase {
    String RETENTION_DAYS_KEY = "cliMonitor.retentionDays";
    int DEFAULT_RETENTION_DAYS = 7;

    /** Returns how many sessions were deleted. */
    int purgeInactive();
}
