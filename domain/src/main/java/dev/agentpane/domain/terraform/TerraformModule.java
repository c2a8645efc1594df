package dev.agentpane.domain.terraform;

import dev.agentpane.domain.shared.Text;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A module of a Terraform registry, as its last sync found it. {@link #create} makes a new one, {@link #withId}
 * rebuilds a stored one. The lists are null when the registry reported nothing for them.
 *
 * @param source       the module source address, e.g. {@code app.terraform.io/acme/vpc/aws}
 * @param dependencies source addresses of the modules this one uses
 */
public record TerraformModule(
        TerraformModuleId id,
        TerraformRegistryId registryId,
        String name,
        String namespace,
        String provider,
        String version,
        String source,
        String description,
        String readme,
        List<TerraformModuleInput> inputs,
        List<TerraformModuleOutput> outputs,
        List<String> dependencies,
        Instant publishedAt,
        Instant createdAt,
        Instant updatedAt) {

    public static final int NAME_MAX = 200;
    public static final int NAMESPACE_MAX = 200;
    public static final int PROVIDER_MAX = 100;
    public static final int VERSION_MAX = 100;
    public static final int SOURCE_MAX = 1000;
    public static final int DESCRIPTION_MAX = 10_000;

    public TerraformModule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(registryId, "registryId");
        name = Text.required(name, NAME_MAX, "Name");
        namespace = Text.required(namespace, NAMESPACE_MAX, "Namespace");
        provider = Text.required(provider, PROVIDER_MAX, "Provider");
        version = Text.required(version, VERSION_MAX, "Version");
        source = Text.required(source, SOURCE_MAX, "Source");
        description = Text.optional(description, DESCRIPTION_MAX, "Description");
        inputs = inputs == null ? null : List.copyOf(inputs);
        outputs = outputs == null ? null : List.copyOf(outputs);
        dependencies = dependencies == null ? null : List.copyOf(dependencies);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static TerraformModule create(TerraformRegistryId registryId, String name, String namespace, String provider,
            String version, String source, String description, String readme, List<TerraformModuleInput> inputs,
            List<TerraformModuleOutput> outputs, List<String> dependencies, Instant publishedAt, Instant now) {
        return new TerraformModule(TerraformModuleId.generate(now.toEpochMilli()), registryId, name, namespace, provider,
                version, source, description, readme, inputs, outputs, dependencies, publishedAt, now, now);
    }

    public static TerraformModule withId(TerraformModuleId id, TerraformRegistryId registryId, String name,
            String namespace, String provider, String version, String source, String description, String readme,
            List<TerraformModuleInput> inputs, List<TerraformModuleOutput> outputs, List<String> dependencies,
            Instant publishedAt, Instant createdAt, Instant updatedAt) {
        return new TerraformModule(id, registryId, name, namespace, provider, version, source, description, readme,
                inputs, outputs, dependencies, publishedAt, createdAt, updatedAt);
    }
}
