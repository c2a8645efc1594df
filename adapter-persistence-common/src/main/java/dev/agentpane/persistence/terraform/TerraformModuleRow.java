package dev.agentpane.persistence.terraform;

import java.time.Instant;

/** One row of {@code terraform_modules}; {@code inputs}, {@code outputs} and {@code dependencies} are JSON text. */
public record TerraformModuleRow(
        String id,
        String registryId,
        String name,
        String namespace,
        String provider,
        String version,
        String source,
        String description,
        String readme,
        String inputs,
        String outputs,
        String dependencies,
        Instant publishedAt,
        Instant createdAt,
        Instant updatedAt) {
}
