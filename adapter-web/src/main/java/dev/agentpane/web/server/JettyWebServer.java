package dev.agentpane.web.server;

import dev.agentpane.web.WebConfiguration;
import dev.agentpane.web.filter.AccessGateFilter;
import dev.agentpane.web.filter.AccessLogFilter;
import dev.agentpane.web.filter.BodySizeLimitFilter;
import dev.agentpane.web.filter.CorsFilter;
import dev.agentpane.web.filter.RequestIdFilter;
import dev.agentpane.web.filter.SecurityHeadersFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.springframework.context.ApplicationContext;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The API over HTTP: Jetty, the filter chain in the original's middleware order, and Spring MVC in a web context whose
 * parent holds the use cases. Stopping ends the open event streams ({@link LongLivedResponses}), then lets in-flight
 * requests finish (up to {@link #STOP_TIMEOUT}).
 */
public final class JettyWebServer implements AutoCloseable {
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private final Server server;
    private final ServerConnector connector;
    private final AnnotationConfigWebApplicationContext webContext;

    private JettyWebServer(Server server, ServerConnector connector, AnnotationConfigWebApplicationContext webContext) {
        this.server = server;
        this.connector = connector;
        this.webContext = webContext;
    }

    /** Starts serving; {@code applicationContext} must hold every use case the controllers need. */
    public static JettyWebServer start(WebSettings settings, ApplicationContext applicationContext) throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("http");
        Server server = new Server(threads);
        server.setStopTimeout(STOP_TIMEOUT.toMillis());
        server.setStopAtShutdown(false);

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        server.addConnector(connector);

        AnnotationConfigWebApplicationContext webContext = new AnnotationConfigWebApplicationContext();
        webContext.setParent(applicationContext);
        webContext.register(WebConfiguration.class);

        ServletContextHandler context = new ServletContextHandler("/");
        context.setErrorHandler(new JsonErrorPages.ContextErrors());
        for (Filter filter : filters(settings)) {
            FilterHolder holder = new FilterHolder(filter);
            holder.setAsyncSupported(true); // event streams answer asynchronously
            context.addFilter(holder, "/*", EnumSet.of(DispatcherType.REQUEST));
        }
        ServletHolder dispatcher = new ServletHolder("api", new DispatcherServlet(webContext));
        dispatcher.setInitOrder(1);
        dispatcher.setAsyncSupported(true);
        context.addServlet(dispatcher, "/");

        server.setErrorHandler(new JsonErrorPages.ServerErrors());
        server.setHandler(new GracefulHandler(context));
        JettyWebServer webServer = new JettyWebServer(server, connector, webContext);
        try {
            server.start();
        } catch (Exception e) {
            webServer.close();
            throw e;
        }
        return webServer;
    }

    /** The original's middleware order: request id, log, CORS, security headers, then the gate; the body limit last. */
    private static List<Filter> filters(WebSettings settings) {
        List<Filter> filters = new ArrayList<>();
        filters.add(new RequestIdFilter());
        filters.add(new AccessLogFilter());
        filters.add(new CorsFilter(settings.corsOrigin()));
        filters.add(new SecurityHeadersFilter());
        if (settings.authToken() != null) {
            filters.add(new AccessGateFilter(settings.authToken()));
        }
        filters.add(new BodySizeLimitFilter(settings.maxBodyBytes(), settings.bodyLimitsByPath()));
        return filters;
    }

    /** Open event streams would hold the graceful stop until its timeout: end them first. */
    private void endLongLivedResponses() {
        if (webContext.isActive()) {
            webContext.getBeansOfType(LongLivedResponses.class).values().forEach(LongLivedResponses::endAll);
        }
    }

    public int port() {
        return connector.getLocalPort();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        try {
            endLongLivedResponses();
            server.stop();
        } finally {
            webContext.close();
        }
    }
}
