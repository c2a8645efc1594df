package dev.agentpane.bootstrap.e2e;

class PostgresBadInputTest extends BadInputContract {
    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
