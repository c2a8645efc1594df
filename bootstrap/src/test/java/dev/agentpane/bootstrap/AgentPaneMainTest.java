package dev.agentpane.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentPaneMainTest {
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private List<String> errLines() {
        err.flush();
        return errBytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void an_unknown_database_mode_exits_2_with_one_line_naming_db_mode() throws Exception {
        int status = AgentPaneMain.serve(Map.of("DB_MODE", "oracle"), new String[0], err);

        assertThat(status).isEqualTo(2);
        assertThat(errLines()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("agentpane: DB_MODE");
    }

    @Test
    void postgres_without_database_url_exits_2_with_one_line_naming_database_url() throws Exception {
        int status = AgentPaneMain.serve(Map.of("DB_MODE", "postgres"), new String[0], err);

        assertThat(status).isEqualTo(2);
        assertThat(errLines()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("agentpane: ")
                .contains("DATABASE_URL");
    }

    @Test
    void an_unreachable_database_exits_1_quickly_with_one_line_that_hides_the_password() {
        Map<String, String> env = Map.of("DB_MODE", "postgres",
                "DATABASE_URL", "postgresql://agentpane:topsecret@127.0.0.1:1/agentpane");

        int status = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> AgentPaneMain.serve(env, new String[0], err));

        assertThat(status).isEqualTo(1);
        assertThat(errLines()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("agentpane: cannot start")
                .contains("127.0.0.1:1/agentpane")
                .doesNotContain("topsecret");
    }

    @Test
    void an_unknown_argument_exits_2_with_the_usage() throws Exception {
        int status = AgentPaneMain.serve(Map.of(), new String[] {"--frobnicate"}, err);

        assertThat(status).isEqualTo(2);
        assertThat(errLines()).first(org.assertj.core.api.InstanceOfAssertFactories.STRING).startsWith("Usage:");
    }

    @Test
    void help_exits_0_and_writes_nothing_to_the_error_stream() throws Exception {
        int status = AgentPaneMain.serve(Map.of(), new String[] {"--help"}, err);

        assertThat(status).isZero();
        assertThat(errLines()).isEmpty();
    }
}
