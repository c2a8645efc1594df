package dev.agentpane.persistence.githubtoken;

import dev.agentpane.domain.githubtoken.GithubToken;
import dev.agentpane.domain.githubtoken.GithubTokenId;
import dev.agentpane.domain.githubtoken.GithubTokenType;
import dev.agentpane.domain.shared.WireValue;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** GithubToken ⇄ row. Rows become tokens through the aggregate's validating constructor. */
@Mapper
public interface GithubTokenRowConverter {
    GithubTokenRowConverter INSTANCE = Mappers.getMapper(GithubTokenRowConverter.class);

    GithubTokenRow toRow(GithubToken token);

    GithubToken toGithubToken(GithubTokenRow row);

    default String idValue(GithubTokenId id) {
        return id.value();
    }

    default GithubTokenId githubTokenId(String value) {
        return GithubTokenId.of(value);
    }

    default String tokenTypeValue(GithubTokenType type) {
        return type.wireValue();
    }

    default GithubTokenType tokenType(String value) {
        return WireValue.parse(GithubTokenType.class, value, "token_type");
    }
}
