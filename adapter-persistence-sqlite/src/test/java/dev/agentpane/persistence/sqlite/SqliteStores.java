package dev.agentpane.persistence.sqlite;

import dev.agentpane.persistence.shared.SpringStoreFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A fresh SQLite database in a temporary file, deleted when the fixture closes. */
final class SqliteStores {
    private SqliteStores() {
    }

    static SpringStoreFixture open() {
        try {
            Path directory = Files.createTempDirectory("agentpane-sqlite-test");
            return SpringStoreFixture.start(SqlitePersistenceConfiguration.class, SqliteSettings.class,
                    SqliteSettings.of(directory.resolve("agentpane.db")), () -> deleteRecursively(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
