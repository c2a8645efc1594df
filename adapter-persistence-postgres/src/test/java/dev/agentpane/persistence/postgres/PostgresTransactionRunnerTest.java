package dev.agentpane.persistence.postgres;

import dev.agentpane.application.port.out.StoreFixture;
import dev.agentpane.application.port.out.TransactionRunnerContract;

class PostgresTransactionRunnerTest extends TransactionRunnerContract {
    @Override
    protected StoreFixture openStore() {
        return PostgresStores.open();
    }
}
