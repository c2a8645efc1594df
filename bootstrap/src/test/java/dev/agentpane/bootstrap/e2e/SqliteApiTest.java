package dev.agentpane.bootstrap.e2e;

class SqliteApiTest extends RealApplicationApiContract {
    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.sqlite();
    }
}
