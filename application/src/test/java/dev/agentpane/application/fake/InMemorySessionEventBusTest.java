package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.SessionEventBus;
import dev.agentpane.application.port.out.SessionEventBusContract;

class InMemorySessionEventBusTest extends SessionEventBusContract {
    @Override
    protected SessionEventBus openBus() {
        return new InMemorySessionEventBus();
    }
}
