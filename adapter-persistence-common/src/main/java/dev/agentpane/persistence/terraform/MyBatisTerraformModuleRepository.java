package dev.agentpane.persistence.terraform;

import dev.agentpane.application.port.out.TerraformModuleRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.terraform.DuplicateTerraformModuleException;
import dev.agentpane.domain.terraform.TerraformModule;
import dev.agentpane.domain.terraform.TerraformModuleFilter;
import dev.agentpane.domain.terraform.TerraformModuleId;
import dev.agentpane.domain.terraform.TerraformModuleQuery;
import dev.agentpane.domain.terraform.TerraformRegistryId;
import dev.agentpane.persistence.shared.UniqueViolations;
import java.util.List;
import java.util.Optional;

public class MyBatisTerraformModuleRepository implements TerraformModuleRepository {
    private final TerraformModuleMapper mapper;
    private final UniqueViolations uniqueViolations;
    private final TransactionRunner transactions;
    private final TerraformModuleRowConverter converter = TerraformModuleRowConverter.INSTANCE;

    public MyBatisTerraformModuleRepository(TerraformModuleMapper mapper, UniqueViolations uniqueViolations,
            TransactionRunner transactions) {
        this.mapper = mapper;
        this.uniqueViolations = uniqueViolations;
        this.transactions = transactions;
    }

    @Override
    public void insert(TerraformModule module) {
        uniqueViolations.translate(() -> mapper.insert(converter.toRow(module)), () -> new DuplicateTerraformModuleException(module.id()));
    }

    @Override
    public boolean update(TerraformModule module) {
        return mapper.update(converter.toRow(module)) == 1;
    }

    @Override
    public Optional<TerraformModule> findById(TerraformModuleId id) {
        return Optional.ofNullable(mapper.findById(id.value())).map(converter::toModule);
    }

    @Override
    public List<TerraformModule> find(TerraformModuleQuery query) {
        TerraformModuleFilter filter = query.filter();
        return mapper.find(registryIdValue(filter), filter.provider(), containsPattern(filter.search()), query.limit())
                .stream().map(converter::toModule).toList();
    }

    @Override
    public long count(TerraformModuleFilter filter) {
        return mapper.count(registryIdValue(filter), filter.provider(), containsPattern(filter.search()));
    }

    private static String registryIdValue(TerraformModuleFilter filter) {
        return filter.registryId() == null ? null : filter.registryId().value();
    }

    /** A LIKE pattern matching text that contains {@code search} literally; the mappers declare backslash the escape. */
    static String containsPattern(String search) {
        if (search == null) {
            return null;
        }
        String literal = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }

    @Override
    public void replaceAllOfRegistry(TerraformRegistryId registryId, List<TerraformModule> modules) {
        for (TerraformModule module : modules) {
            if (!module.registryId().equals(registryId)) {
                throw new IllegalArgumentException("Module " + module.id() + " belongs to registry " + module.registryId()
                        + ", not " + registryId);
            }
        }
        transactions.inTransaction(() -> {
            mapper.deleteAllOfRegistry(registryId.value());
            modules.forEach(this::insert);
        });
    }

    @Override
    public boolean deleteById(TerraformModuleId id) {
        return mapper.deleteById(id.value()) == 1;
    }
}
