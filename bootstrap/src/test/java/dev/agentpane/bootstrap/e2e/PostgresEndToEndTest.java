package dev.agentpane.bootstrap.e2e;

class PostgresEndToEndTest extends EndToEndContract {
    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
