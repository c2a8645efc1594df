package dev.agentpane.persistence.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An online backup of a SQLite database with {@code VACUUM INTO}: it reads the database in one read transaction, so
 * the copy is consistent even while the server keeps writing (WAL mode lets both run), and the result is a compact
 * standalone file (no WAL beside it). The result is checked with {@code PRAGMA integrity_check}.
 */
public final class SqliteBackup {
    /** What was written. */
    public record Result(Path file, long bytes) {
    }

    private SqliteBackup() {
    }

    /** @throws IllegalStateException when {@code target} exists or the backup does not pass the integrity check */
    public static Result backup(Path source, Path target) throws SQLException, IOException {
        Path file = target.toAbsolutePath().normalize();
        if (Files.exists(file)) {
            throw new IllegalStateException("The backup file " + file + " exists already: choose a new name");
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (Connection connection = SqliteCopyDialect.open(source.toAbsolutePath().normalize(), true);
                PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, file.toString());
            vacuum.execute();
        }
        try (Connection copy = SqliteCopyDialect.open(file, true);
                Statement statement = copy.createStatement();
                ResultSet check = statement.executeQuery("PRAGMA integrity_check")) {
            String verdict = check.next() ? check.getString(1) : "no answer";
            if (!"ok".equals(verdict)) {
                throw new IllegalStateException("The backup " + file + " failed its integrity check: " + verdict);
            }
        }
        return new Result(file, Files.size(file));
    }
}
