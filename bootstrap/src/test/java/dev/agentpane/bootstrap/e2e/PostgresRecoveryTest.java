package dev.agentpane.bootstrap.e2e;

class PostgresRecoveryTest extends RecoveryContract {
    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
