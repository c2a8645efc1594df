package dev.agentpane.bootstrap.e2e;

class SqliteRecoveryTest extends RecoveryContract {
    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.sqlite();
    }
}
