package dev.agentpane.bootstrap.e2e;

class SqliteBadInputTest extends BadInputContract {
    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.sqlite();
    }
}
