package dev.agentpane.persistence.sqlite;

import dev.agentpane.persistence.shared.GroupCommitTransactionRunnerContract;
import dev.agentpane.persistence.shared.SpringStoreFixture;

class SqliteGroupCommitTransactionRunnerTest extends GroupCommitTransactionRunnerContract {
    @Override
    protected SpringStoreFixture openStore() {
        return SqliteStores.open();
    }
}
