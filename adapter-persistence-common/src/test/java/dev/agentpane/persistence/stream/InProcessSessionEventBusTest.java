package dev.agentpane.persistence.stream;

import dev.agentpane.application.port.out.SessionEventBus;
import dev.agentpane.application.port.out.SessionEventBusContract;

class InProcessSessionEventBusTest extends SessionEventBusContract {
    @Override
    protected SessionEventBus openBus() {
        return new InProcessSessionEventBus();
    }
}
