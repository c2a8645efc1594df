package dev.agentpane.bootstrap.wiring;

import dev.agentpane.application.port.out.SessionEventBus;
import dev.agentpane.application.port.out.SessionEventRepository;
import dev.agentpane.application.port.out.SessionRepository;
import dev.agentpane.application.sessionstream.SessionStreamService;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Live session streams over the dialect's event bus. Needs a {@link Settings} bean. */
@Configuration(proxyBeanMethods = false)
public class SessionStreamConfiguration {
    /** @param pingInterval how often an open stream sends a keep-alive comment ({@code SSE_PING_INTERVAL_MS}) */
    public record Settings(Duration pingInterval) {
    }

    @Bean(destroyMethod = "close")
    public SessionStreamService sessionStreamService(SessionRepository sessions, SessionEventRepository events, SessionEventBus bus,
            Clock clock, Settings settings) {
        return new SessionStreamService(sessions, events, bus, clock, settings.pingInterval());
    }
}
