package dev.agentpane.persistence.githubinstallation;

import dev.agentpane.domain.githubinstallation.GithubInstallation;
import dev.agentpane.domain.githubinstallation.GithubInstallationId;
import dev.agentpane.domain.githubinstallation.RepositoryConfig;
import dev.agentpane.domain.githubinstallation.RepositoryConfigId;
import dev.agentpane.persistence.shared.JsonCodec;
import java.util.Map;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** Installations and their repository configs ⇄ rows, through the aggregates' validating constructors. */
@Mapper
public interface GithubInstallationRowConverter {
    GithubInstallationRowConverter INSTANCE = Mappers.getMapper(GithubInstallationRowConverter.class);

    GithubInstallationRow toRow(GithubInstallation installation);

    GithubInstallation toGithubInstallation(GithubInstallationRow row);

    RepositoryConfigRow toRow(RepositoryConfig config);

    RepositoryConfig toRepositoryConfig(RepositoryConfigRow row);

    default String idValue(GithubInstallationId id) {
        return id.value();
    }

    default GithubInstallationId githubInstallationId(String value) {
        return GithubInstallationId.of(value);
    }

    default String idValue(RepositoryConfigId id) {
        return id.value();
    }

    default RepositoryConfigId repositoryConfigId(String value) {
        return RepositoryConfigId.of(value);
    }

    default String configJson(Map<String, Object> config) {
        return JsonCodec.write(config);
    }

    default Map<String, Object> config(String json) {
        return JsonCodec.readObject(json);
    }
}
