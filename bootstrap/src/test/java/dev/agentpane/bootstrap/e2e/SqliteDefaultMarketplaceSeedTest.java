package dev.agentpane.bootstrap.e2e;

class SqliteDefaultMarketplaceSeedTest extends DefaultMarketplaceSeedContract {
    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.sqlite();
    }
}
