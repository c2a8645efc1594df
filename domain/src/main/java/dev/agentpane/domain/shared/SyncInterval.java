package dev.agentpane.domain.shared;

import java.time.Duration;
import java.time.Instant;

/**
 * How often a resource synced from an outside system (templates, Terraform registries) is synced by the scheduler:
 * a number of minutes, or null for "only on demand".
 */
public final class SyncInterval {
    public static final int MIN_MINUTES = 5;
    /** Thirty days: longer intervals are a typo more often than a wish. */
    public static final int MAX_MINUTES = 43_200;

    private SyncInterval() {
    }

    /** Null (no auto-sync) or {@link #MIN_MINUTES}..{@link #MAX_MINUTES}. */
    public static Integer require(Integer minutes) {
        if (minutes != null && minutes < MIN_MINUTES) {
            throw new ValidationException("syncIntervalMinutes must be at least " + MIN_MINUTES);
        }
        if (minutes != null && minutes > MAX_MINUTES) {
            throw new ValidationException("syncIntervalMinutes must be at most " + MAX_MINUTES);
        }
        return minutes;
    }

    /** When the next scheduled sync is due: one interval from {@code now}, or never without an interval. */
    public static Instant nextSyncAt(Integer minutes, Instant now) {
        return minutes == null ? null : now.plus(Duration.ofMinutes(minutes));
    }

    /**
     * A change of the interval in a partial update: null means "leave it", {@code to(null)} turns auto-sync off.
     *
     * @param minutes the new interval; null for no auto-sync
     */
    public record Change(Integer minutes) {
        public Change {
            require(minutes);
        }

        public static Change to(Integer minutes) {
            return new Change(minutes);
        }
    }
}
