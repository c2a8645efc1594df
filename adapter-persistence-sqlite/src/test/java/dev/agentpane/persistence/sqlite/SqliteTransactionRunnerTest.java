package dev.agentpane.persistence.sqlite;

import dev.agentpane.application.port.out.StoreFixture;
import dev.agentpane.application.port.out.TransactionRunnerContract;

class SqliteTransactionRunnerTest extends TransactionRunnerContract {
    @Override
    protected StoreFixture openStore() {
        return SqliteStores.open();
    }
}
