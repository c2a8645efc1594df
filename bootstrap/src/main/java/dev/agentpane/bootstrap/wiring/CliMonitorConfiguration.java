package dev.agentpane.bootstrap.wiring;

import dev.agentpane.application.climonitor.CliMonitorService;
import dev.agentpane.application.port.out.CliMonitorEventBus;
import dev.agentpane.application.port.out.CliSessionRepository;
import dev.agentpane.application.port.out.SettingsRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The CLI monitor: its service (live view, persistence, streams; their keep-alive is {@code SSE_PING_INTERVAL_MS}, as
 * for session streams) and its periodic jobs. Needs a {@link SessionStreamConfiguration.Settings} bean.
 */
@Configuration(proxyBeanMethods = false)
public class CliMonitorConfiguration {
    @Bean(destroyMethod = "close")
    public CliMonitorService cliMonitorService(CliSessionRepository sessions, SettingsRepository settings,
            TransactionRunner transactions, CliMonitorEventBus bus, Clock clock, SessionStreamConfiguration.Settings streams) {
        return new CliMonitorService(sessions, settings, transactions, bus, clock, streams.pingInterval());
    }

    @Bean(destroyMethod = "close")
    public CliMonitorScheduler cliMonitorScheduler(CliMonitorService monitor) {
        return CliMonitorScheduler.start(monitor, monitor, CliMonitorScheduler.DAEMON_CHECK_INTERVAL,
                CliMonitorScheduler.RETENTION_INTERVAL);
    }
}
