package dev.agentpane.bootstrap.schema;

import dev.agentpane.bootstrap.e2e.TestDatabase;

class PostgresSchemaTest extends SchemaContract {
    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }

    @Override
    protected String changelogFolder() {
        return "db/changelog/postgres";
    }
}
