package dev.agentpane.domain.terraform;

import java.util.Objects;

/**
 * An input variable of a module.
 *
 * @param description  null when the module does not document it
 * @param defaultValue the variable's default as a JSON value of plain Java values (Map, List, String, Long, Double,
 *                     Boolean); null when it has none
 * @param sensitive    null when the registry does not say
 */
public record TerraformModuleInput(String name, String type, String description, Object defaultValue, boolean required,
        Boolean sensitive) {
    public TerraformModuleInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
