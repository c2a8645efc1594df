package dev.agentpane.domain.terraform;

/**
 * Which modules a module list shows; a null part does not filter. Blank text counts as absent.
 *
 * @param search text that the name or the description contains, ignoring case; taken literally ({@code %}, {@code _} and
 *               backslashes are no wildcards)
 */
public record TerraformModuleFilter(TerraformRegistryId registryId, String provider, String search) {
    public static final TerraformModuleFilter ALL = new TerraformModuleFilter(null, null, null);

    public TerraformModuleFilter {
        provider = provider == null || provider.isBlank() ? null : provider;
        search = search == null || search.isBlank() ? null : search;
    }
}
