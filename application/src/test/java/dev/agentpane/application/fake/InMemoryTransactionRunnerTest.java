package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.StoreFixture;
import dev.agentpane.application.port.out.TransactionRunnerContract;

class InMemoryTransactionRunnerTest extends TransactionRunnerContract {
    @Override
    protected StoreFixture openStore() {
        return new InMemoryStores();
    }
}
