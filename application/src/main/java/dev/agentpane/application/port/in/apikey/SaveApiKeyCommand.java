package dev.agentpane.application.port.in.apikey;

import dev.agentpane.domain.apikey.ApiKey;
import dev.agentpane.domain.apikey.ServiceName;
import dev.agentpane.domain.shared.Secret;
import java.util.Objects;

/** A key for a service, replacing any key the service had; checked as the original checks it (reference §4.10). */
public record SaveApiKeyCommand(ServiceName service, Secret key) {
    public SaveApiKeyCommand {
        Objects.requireNonNull(service, "service");
        ApiKey.checkPlaintext(service, key);
    }
}
