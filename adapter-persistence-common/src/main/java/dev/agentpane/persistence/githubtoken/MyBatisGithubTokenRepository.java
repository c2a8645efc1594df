package dev.agentpane.persistence.githubtoken;

import dev.agentpane.application.port.out.GithubTokenRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.githubtoken.GithubToken;
import dev.agentpane.domain.githubtoken.GithubTokenId;
import java.time.Instant;
import java.util.Optional;

public class MyBatisGithubTokenRepository implements GithubTokenRepository {
    private final GithubTokenMapper mapper;
    private final TransactionRunner transactions;
    private final GithubTokenRowConverter converter = GithubTokenRowConverter.INSTANCE;

    public MyBatisGithubTokenRepository(GithubTokenMapper mapper, TransactionRunner transactions) {
        this.mapper = mapper;
        this.transactions = transactions;
    }

    @Override
    public Optional<GithubToken> findCurrent() {
        return Optional.ofNullable(mapper.findLatest()).map(converter::toGithubToken);
    }

    /** The table has no key that an upsert could target, so the old rows go and the new one comes in one transaction. */
    @Override
    public void replace(GithubToken token) {
        transactions.inTransaction(() -> {
            mapper.deleteAll();
            mapper.insert(converter.toRow(token));
        });
    }

    @Override
    public boolean update(GithubToken token) {
        return mapper.update(converter.toRow(token)) == 1;
    }

    @Override
    public boolean markInvalid(GithubTokenId id, Instant updatedAt) {
        return mapper.markInvalid(id.value(), updatedAt) == 1;
    }

    @Override
    public boolean deleteCurrent() {
        return mapper.deleteAll() > 0;
    }
}
