package dev.agentpane.bootstrap.e2e;

import static dev.agentpane.web.testing.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.web.testing.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Start-up recovery (reference §4.3) end to end: rows left by a run whose agents were working, then the application
 * restarted on the same database.
 */
abstract class RecoveryContract {
    private TestDatabase database;
    private RunningServer server;

    protected abstract TestDatabase openDatabase();

    @BeforeEach
    void start() {
        database = openDatabase();
        server = RunningServer.start(database);
    }

    @AfterEach
    void stop() {
        try {
            server.close();
        } finally {
            database.close();
        }
    }

    private void restart() {
        server.close();
        server = RunningServer.start(database);
    }

    private ApiClient api() {
        return server.api;
    }

    private String post(String path, String body) {
        return api().post(path, json(body)).json().at("/data/id").asString();
    }

    private String task(String projectId, String title, String column) {
        String id = post("/api/tasks", "{'projectId':'" + projectId + "','title':'" + title + "'}");
        if (!column.equals("backlog")) {
            api().patch("/api/tasks/" + id + "/move", json("{'column':'" + column + "'}"));
        }
        return id;
    }

    /** What a working agent leaves on its task. */
    private void hold(String taskId, String agentId) {
        AgentRows.execute(database, "UPDATE tasks SET agent_id = ?, last_agent_status = 'planning' WHERE id = ?", agentId, taskId);
    }

    private List<String> titles(String projectId, String column) {
        JsonNode items = api().get("/api/tasks?projectId=" + projectId + "&column=" + column).json().at("/data/items");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            assertThat(items.get(i).path("position").asInt()).isEqualTo(i);
            titles.add(items.get(i).path("title").asString());
        }
        return titles;
    }

    private JsonNode agent(String id) {
        return api().get("/api/agents/" + id).json().path("data");
    }

    @Test
    void a_restart_sets_working_agents_idle_and_returns_their_tasks_to_the_end_of_the_backlog() {
        String alpha = post("/api/projects", "{'name':'Alpha','path':'/repos/alpha'}");
        String beta = post("/api/projects", "{'name':'Beta','path':'/repos/beta'}");
        task(alpha, "waiting", "backlog");
        String first = task(alpha, "first", "in_progress");
        String second = task(alpha, "second", "in_progress");
        task(alpha, "unassigned", "in_progress");
        String review = task(beta, "review", "waiting_approval");
        Map<String, String> working = Map.of("running", first, "planning", second, "starting", review);
        List<String> workingIds = new ArrayList<>();
        working.forEach((status, taskId) -> {
            String project = taskId.equals(review) ? beta : alpha;
            String id = post("/api/agents", "{'projectId':'" + project + "','name':'" + status + "','type':'task'}");
            AgentRows.setStatus(database, id, status, taskId);
            AgentRows.execute(database, "UPDATE agents SET current_session_id = 'session-1' WHERE id = ?", id);
            hold(taskId, id);
            workingIds.add(id);
        });
        String paused = post("/api/agents", "{'projectId':'" + alpha + "','name':'paused','type':'task'}");
        AgentRows.setStatus(database, paused, "paused", first);

        restart();

        for (String id : workingIds) {
            JsonNode agent = agent(id);
            assertThat(agent.path("status").asString()).as(agent.toString()).isEqualTo("idle");
            assertThat(agent.path("currentTaskId").isNull()).isTrue();
            assertThat(agent.path("currentSessionId").isNull()).isTrue();
        }
        assertThat(agent(paused).path("status").asString()).isEqualTo("paused");
        assertThat(agent(paused).path("currentTaskId").asString()).isEqualTo(first);
        assertThat(titles(alpha, "backlog")).containsExactly("waiting", "first", "second");
        assertThat(titles(alpha, "in_progress")).containsExactly("unassigned");
        JsonNode returned = api().get("/api/tasks/" + first).json().path("data");
        assertThat(returned.path("agentId").isNull()).isTrue();
        assertThat(returned.path("sessionId").isNull()).isTrue();
        assertThat(returned.path("lastAgentStatus").isNull()).isTrue();
        assertThat(api().get("/api/tasks/" + review).json().at("/data/column").asString()).isEqualTo("waiting_approval");
        assertThat(api().delete("/api/projects/" + alpha).status()).isEqualTo(200);
    }
}
