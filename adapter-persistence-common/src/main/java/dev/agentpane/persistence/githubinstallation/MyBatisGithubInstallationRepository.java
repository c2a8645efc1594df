package dev.agentpane.persistence.githubinstallation;

import dev.agentpane.application.port.out.GithubInstallationRepository;
import dev.agentpane.domain.githubinstallation.DuplicateGithubInstallationException;
import dev.agentpane.domain.githubinstallation.GithubInstallation;
import dev.agentpane.domain.githubinstallation.GithubInstallationId;
import dev.agentpane.persistence.shared.UniqueViolations;
import java.util.Optional;
import java.util.function.Supplier;

/** Deleting an installation deletes its repository configs through the foreign key's cascade. */
public class MyBatisGithubInstallationRepository implements GithubInstallationRepository {
    private final GithubInstallationMapper mapper;
    private final UniqueViolations uniqueViolations;
    private final GithubInstallationRowConverter converter = GithubInstallationRowConverter.INSTANCE;

    public MyBatisGithubInstallationRepository(GithubInstallationMapper mapper, UniqueViolations uniqueViolations) {
        this.mapper = mapper;
        this.uniqueViolations = uniqueViolations;
    }

    @Override
    public void insert(GithubInstallation installation) {
        refusingDuplicates(installation, () -> {
            mapper.insert(converter.toRow(installation));
            return null;
        });
    }

    @Override
    public boolean update(GithubInstallation installation) {
        return refusingDuplicates(installation, () -> mapper.update(converter.toRow(installation)) == 1);
    }

    private <T> T refusingDuplicates(GithubInstallation installation, Supplier<T> write) {
        return uniqueViolations.translating(write, () -> new DuplicateGithubInstallationException(installation.installationId()));
    }

    @Override
    public Optional<GithubInstallation> findById(GithubInstallationId id) {
        return Optional.ofNullable(mapper.findById(id.value())).map(converter::toGithubInstallation);
    }

    @Override
    public Optional<GithubInstallation> findByInstallationId(String installationId) {
        return Optional.ofNullable(mapper.findByInstallationId(installationId)).map(converter::toGithubInstallation);
    }

    @Override
    public boolean deleteById(GithubInstallationId id) {
        return mapper.deleteById(id.value()) == 1;
    }
}
