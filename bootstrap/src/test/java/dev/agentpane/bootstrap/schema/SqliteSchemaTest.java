package dev.agentpane.bootstrap.schema;

import dev.agentpane.bootstrap.e2e.TestDatabase;

class SqliteSchemaTest extends SchemaContract {
    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.sqlite();
    }

    @Override
    protected String changelogFolder() {
        return "db/changelog/sqlite";
    }
}
