package dev.agentpane.persistence.postgres;

import dev.agentpane.persistence.shared.SpringStoreFixture;

/** A fresh database on the test JVM's PostgreSQL 18 server, dropped when the fixture closes. */
final class PostgresStores {
    private PostgresStores() {
    }

    static SpringStoreFixture open() {
        PostgresSettings database = PostgresTestDatabase.createDatabase();
        return SpringStoreFixture.start(PostgresPersistenceConfiguration.class, PostgresSettings.class, database,
                () -> PostgresTestDatabase.dropDatabase(database));
    }
}
