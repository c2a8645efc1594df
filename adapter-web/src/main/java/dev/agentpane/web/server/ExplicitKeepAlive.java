package dev.agentpane.web.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee11.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;

/**
 * Sends {@code Connection: keep-alive} on an HTTP/1.1 response. Jetty drops that header as redundant (keep-alive is
 * HTTP/1.1's default), but the original's event streams send it and the reference lists it, so it is added as a
 * plain field that Jetty's generator writes as it is.
 */
public final class ExplicitKeepAlive {
    private ExplicitKeepAlive() {
    }

    public static void add(HttpServletRequest request, HttpServletResponse response) {
        ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(request);
        if (jetty != null) {
            jetty.getServletContextResponse().getHeaders().add(new HttpField((HttpHeader) null, "Connection", "keep-alive"));
        } else {
            response.setHeader("Connection", "keep-alive");
        }
    }
}
