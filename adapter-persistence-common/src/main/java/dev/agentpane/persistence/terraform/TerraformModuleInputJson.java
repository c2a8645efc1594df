package dev.agentpane.persistence.terraform;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One element of the {@code inputs} JSON column, in the original's shape
 * ({@code {name, type, description?, default?, required, sensitive?}}): {@code default} is no Java name, and absent
 * parts are left out rather than written as null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TerraformModuleInputJson(String name, String type, String description,
        @JsonProperty("default") Object defaultValue, boolean required, Boolean sensitive) {
}
