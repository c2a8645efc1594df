package dev.agentpane.application.port.out.archfixture;

/** Breaks the outbound port naming rule: neither ...Repository, ...Port nor ...Runner. */
public interface BadlyNamedGateway {
    void send(String message);
}
