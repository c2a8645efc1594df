package dev.agentpane.web;

import dev.agentpane.application.port.out.AgentRepository;
import dev.agentpane.domain.agent.Agent;
import dev.agentpane.domain.agent.AgentId;
import dev.agentpane.domain.agent.AgentStatus;
import dev.agentpane.domain.task.TaskId;
import dev.agentpane.web.testing.AgentApiContract;
import dev.agentpane.web.testing.ApiServer;
import dev.agentpane.web.testing.FakeBackedServer;

/** The agents route contract against the web adapter over in-memory fakes. */
class AgentApiTest extends AgentApiContract {
    private FakeBackedServer server;

    @Override
    protected ApiServer openServer() {
        server = FakeBackedServer.open();
        return server;
    }

    @Override
    protected void setAgentStatus(String agentId, String status, String currentTaskId) {
        AgentRepository agents = server.stores.port(AgentRepository.class);
        Agent agent = agents.findById(AgentId.of(agentId)).orElseThrow();
        agents.update(new Agent(agent.id(), agent.projectId(), agent.name(), agent.type(), AgentStatus.parse(status), agent.config(),
                currentTaskId == null ? null : TaskId.of(currentTaskId), agent.currentSessionId(), agent.currentTurn(), agent.createdAt(),
                agent.updatedAt()));
    }
}
