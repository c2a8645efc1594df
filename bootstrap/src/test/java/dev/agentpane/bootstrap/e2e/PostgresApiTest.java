package dev.agentpane.bootstrap.e2e;

class PostgresApiTest extends RealApplicationApiContract {
    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
