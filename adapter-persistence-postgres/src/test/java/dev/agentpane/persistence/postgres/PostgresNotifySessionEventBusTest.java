package dev.agentpane.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.application.port.out.SessionEventBus;
import dev.agentpane.application.port.out.SessionEventBusContract;
import dev.agentpane.domain.session.SessionId;
import dev.agentpane.persistence.shared.SpringStoreFixture;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract on the LISTEN/NOTIFY bus, plus what only it does: a notice published by one instance reaches the
 * subscribers of another on the same database, also after the listening connection was lost.
 */
class PostgresNotifySessionEventBusTest extends SessionEventBusContract {
    private SpringStoreFixture first;
    private SpringStoreFixture second;

    @Override
    protected SessionEventBus openBus() {
        PostgresSettings database = PostgresTestDatabase.createDatabase();
        first = SpringStoreFixture.start(PostgresPersistenceConfiguration.class, PostgresSettings.class, database, () -> {
        });
        // A second application context on the same database: another instance, with its own pool and listening connection.
        second = SpringStoreFixture.start(PostgresPersistenceConfiguration.class, PostgresSettings.class, database,
                () -> PostgresTestDatabase.dropDatabase(database));
        return first.port(SessionEventBus.class);
    }

    @Override
    protected void closeBus(SessionEventBus bus) {
        try {
            first.close();
        } finally {
            second.close();
        }
    }

    private PostgresNotifySessionEventBus secondBus() {
        return (PostgresNotifySessionEventBus) second.port(SessionEventBus.class);
    }

    @Test
    void an_offset_published_on_one_instance_reaches_the_subscribers_of_another_within_a_second() throws InterruptedException {
        SessionId session = freshSession();
        Recorder onSecond = new Recorder(1);
        try (SessionEventBus.Subscription ignored = secondBus().subscribe(session, onSecond)) {
            first.port(SessionEventBus.class).published(session, 41);

            assertThat(onSecond.await(1, TimeUnit.SECONDS)).isTrue();
            assertThat(onSecond.offsets()).containsExactly(41L);
        }
    }

    @Test
    void the_listener_reconnects_when_its_connection_is_lost() throws Exception {
        PostgresNotifySessionEventBus bus = secondBus();
        long before = bus.connectionCount();
        assertThat(before).isPositive();

        assertThat(terminateListeningBackends()).isPositive();
        assertThat(bus.awaitConnectionCountAbove(before, Duration.ofSeconds(15))).isTrue();

        SessionId session = freshSession();
        Recorder onSecond = new Recorder(1);
        try (SessionEventBus.Subscription ignored = bus.subscribe(session, onSecond)) {
            first.port(SessionEventBus.class).published(session, 5);

            assertThat(onSecond.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(onSecond.offsets()).containsExactly(5L);
        }
    }

    /** Ends the listening connections of this test's database from the server side, as a failover or restart would. */
    private int terminateListeningBackends() throws SQLException {
        try (Connection connection = first.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        + " WHERE application_name = ? AND datname = current_database() AND pid <> pg_backend_pid()")) {
            statement.setString(1, PostgresNotifySessionEventBus.APPLICATION_NAME);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
