package dev.agentpane.bootstrap.bench;

import dev.agentpane.domain.shared.InstantText;
import dev.agentpane.persistence.sqlite.SqlitePersistenceConfiguration;
import dev.agentpane.persistence.shared.LiquibaseSchemaMigrator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;

/**
 * A SQLite database of this server's schema holding one project, one session and {@code count} session events of a
 * realistic size, for {@code bench/copy-events.sh}. Usage: {@code SessionEventsDatabase <file> <count>}.
 */
public final class SessionEventsDatabase {
    private SessionEventsDatabase() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long count = Long.parseLong(args[1]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            LiquibaseSchemaMigrator.migrate(connection, SqlitePersistenceConfiguration.CHANGELOG);
            connection.setAutoCommit(false);
            String now = InstantText.format(Instant.now()); // milliseconds, as the server writes them
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO projects (id, name, path, created_at, updated_at) VALUES ('bench_project', 'Bench', '/bench', ?, ?)")) {
                statement.setString(1, now);
                statement.setString(2, now);
                statement.executeUpdate();
            }
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO sessions (id, project_id, status, url, created_at, "
                    + "updated_at) VALUES ('bench_session', 'bench_project', 'active', 'http://localhost:3001/sessions/bench_session', ?, ?)")) {
                statement.setString(1, now);
                statement.setString(2, now);
                statement.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO session_events (id, session_id, event_offset, type, "
                    + "channel, data, event_timestamp, created_at) VALUES (?, 'bench_session', ?, 'chunk', 'chunks', ?, ?, ?)")) {
                long start = System.currentTimeMillis();
                for (long i = 0; i < count; i++) {
                    insert.setString(1, String.format("ev%022d", i));
                    insert.setLong(2, i);
                    insert.setString(3, "{\"text\":\"A chunk of streamed agent output, number " + i + ", of a typical length.\",\"turn\":"
                            + (i / 100) + ",\"tokens\":{\"input\":120,\"output\":48}}");
                    insert.setLong(4, start + i);
                    insert.setString(5, now);
                    insert.addBatch();
                    if (i % 10_000 == 9_999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
        }
        System.out.println("EVENTS=" + count);
    }
}
