package dev.agentpane.persistence.stream;

import dev.agentpane.application.port.out.CliMonitorEventBus;
import dev.agentpane.application.port.out.CliMonitorEventBusContract;

class InProcessCliMonitorEventBusTest extends CliMonitorEventBusContract {
    @Override
    protected CliMonitorEventBus newBus() {
        return new InProcessCliMonitorEventBus();
    }
}
