package dev.agentpane.application.port.in.climonitor;

import dev.agentpane.domain.shared.Text;
import dev.agentpane.domain.shared.ValidationException;

/**
 * Pages only when a limit or an offset is given (as the original does); {@link #all()} lists every live session.
 *
 * @param limit  1..{@link #MAX_LIMIT}, {@link #DEFAULT_LIMIT} when paging without one; null with a null offset: no paging
 * @param offset ≥ 0, 0 when paging without one
 */
public record ListLiveCliSessionsQuery(Integer limit, Integer offset) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    public ListLiveCliSessionsQuery {
        if (limit != null || offset != null) {
            limit = Text.inRange(limit == null ? DEFAULT_LIMIT : limit, 1, MAX_LIMIT, "limit");
            offset = offset == null ? 0 : offset;
            if (offset < 0) {
                throw new ValidationException("offset must be a non-negative integer");
            }
        }
    }

    public static ListLiveCliSessionsQuery all() {
        return new ListLiveCliSessionsQuery(null, null);
    }

    public boolean paged() {
        return limit != null;
    }
}
