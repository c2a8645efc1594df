package dev.agentpane.bootstrap.e2e;

class SqliteEndToEndTest extends EndToEndContract {
    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.sqlite();
    }
}
