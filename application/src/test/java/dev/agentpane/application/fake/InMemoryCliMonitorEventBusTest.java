package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.CliMonitorEventBus;
import dev.agentpane.application.port.out.CliMonitorEventBusContract;

class InMemoryCliMonitorEventBusTest extends CliMonitorEventBusContract {
    @Override
    protected CliMonitorEventBus newBus() {
        return new InMemoryCliMonitorEventBus();
    }
}
