package dev.agentpane.application.port.in.agent;

import dev.agentpane.domain.agent.Agent;
import java.util.List;

public interface ListAgentsUseCase {
    List<Agent> list(ListAgentsQuery query);
}
