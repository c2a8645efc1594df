package dev.agentpane.bootstrap.e2e;

class PostgresDefaultMarketplaceSeedTest extends DefaultMarketplaceSeedContract {
    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
