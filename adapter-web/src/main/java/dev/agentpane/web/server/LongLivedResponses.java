package dev.agentpane.web.server;

/**
 * Responses that stay open until their client leaves (event streams). A web-context bean of this type is ended by
 * {@link JettyWebServer#close()} before the graceful stop waits for the requests in flight, which would otherwise
 * wait for these until the stop timeout.
 */
public interface LongLivedResponses {
    /** Ends every open response and refuses new ones. */
    void endAll();
}
