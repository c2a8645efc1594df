package dev.agentpane.persistence.githubinstallation;

import dev.agentpane.application.port.out.RepositoryConfigRepository;
import dev.agentpane.domain.githubinstallation.GithubInstallationId;
import dev.agentpane.domain.githubinstallation.RepositoryConfig;
import dev.agentpane.domain.githubinstallation.RepositoryConfigId;
import java.util.List;
import java.util.Optional;

public class MyBatisRepositoryConfigRepository implements RepositoryConfigRepository {
    private final RepositoryConfigMapper mapper;
    private final GithubInstallationRowConverter converter = GithubInstallationRowConverter.INSTANCE;

    public MyBatisRepositoryConfigRepository(RepositoryConfigMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void insert(RepositoryConfig config) {
        mapper.insert(converter.toRow(config));
    }

    @Override
    public boolean update(RepositoryConfig config) {
        return mapper.update(converter.toRow(config)) == 1;
    }

    @Override
    public Optional<RepositoryConfig> findById(RepositoryConfigId id) {
        return Optional.ofNullable(mapper.findById(id.value())).map(converter::toRepositoryConfig);
    }

    @Override
    public List<RepositoryConfig> findByInstallation(GithubInstallationId installationId) {
        return mapper.findByInstallation(installationId.value()).stream().map(converter::toRepositoryConfig).toList();
    }

    @Override
    public boolean deleteById(RepositoryConfigId id) {
        return mapper.deleteById(id.value()) == 1;
    }
}
