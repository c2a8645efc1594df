package dev.agentpane.persistence.terraform;

import dev.agentpane.application.port.out.TerraformRegistryRepository;
import dev.agentpane.domain.terraform.DuplicateTerraformRegistryOrgException;
import dev.agentpane.domain.terraform.TerraformRegistry;
import dev.agentpane.domain.terraform.TerraformRegistryId;
import dev.agentpane.persistence.shared.UniqueViolations;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Deleting a registry deletes its modules through the foreign key's ON DELETE CASCADE. */
public class MyBatisTerraformRegistryRepository implements TerraformRegistryRepository {
    private final TerraformRegistryMapper mapper;
    private final UniqueViolations uniqueViolations;
    private final TerraformRegistryRowConverter converter = TerraformRegistryRowConverter.INSTANCE;

    public MyBatisTerraformRegistryRepository(TerraformRegistryMapper mapper, UniqueViolations uniqueViolations) {
        this.mapper = mapper;
        this.uniqueViolations = uniqueViolations;
    }

    @Override
    public void insert(TerraformRegistry registry) {
        uniqueViolations.translate(() -> mapper.insert(converter.toRow(registry)), () -> duplicateOrg(registry));
    }

    @Override
    public boolean update(TerraformRegistry registry) {
        return uniqueViolations.translating(() -> mapper.update(converter.toRow(registry)) == 1, () -> duplicateOrg(registry));
    }

    private static RuntimeException duplicateOrg(TerraformRegistry registry) {
        return new DuplicateTerraformRegistryOrgException(registry.orgName());
    }

    @Override
    public Optional<TerraformRegistry> findById(TerraformRegistryId id) {
        return Optional.ofNullable(mapper.findById(id.value())).map(converter::toRegistry);
    }

    @Override
    public List<TerraformRegistry> findAll() {
        return mapper.findAll().stream().map(converter::toRegistry).toList();
    }

    @Override
    public List<TerraformRegistry> findDueForSync(Instant now) {
        return mapper.findDueForSync(now).stream().map(converter::toRegistry).toList();
    }

    @Override
    public boolean deleteById(TerraformRegistryId id) {
        return mapper.deleteById(id.value()) == 1;
    }
}
