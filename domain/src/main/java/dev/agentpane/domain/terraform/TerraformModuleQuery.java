package dev.agentpane.domain.terraform;

import dev.agentpane.domain.shared.Text;
import java.util.Objects;

/** One page of a module list: the modules matching {@code filter}, at most {@code limit} of them. */
public record TerraformModuleQuery(TerraformModuleFilter filter, int limit) {
    public static final int MIN_LIMIT = 1;
    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;

    public TerraformModuleQuery {
        Objects.requireNonNull(filter, "filter");
        Text.inRange(limit, MIN_LIMIT, MAX_LIMIT, "limit");
    }
}
