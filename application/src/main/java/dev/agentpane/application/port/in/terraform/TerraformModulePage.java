package dev.agentpane.application.port.in.terraform;

import dev.agentpane.domain.terraform.TerraformModule;
import java.util.List;

/** The modules of a list and how many matched in all. */
public record TerraformModulePage(List<TerraformModule> items, long totalCount) {
    public TerraformModulePage {
        items = List.copyOf(items);
    }
}
