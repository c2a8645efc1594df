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
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The API over HTTP: Jetty, the filter chain in the original's middleware order, and Spring MVC in a web context whose
 * parent holds the use cases. Stopping ends the open event streams ({@link LongLivedResponses}), then lets in-flight
 * requests finish (up to {@link #STOP_TIMEOUT}).
 */
public final class JettyWebServer implements AutoCloseable {
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    /**
     * How many object references share a CPU cache line, which Jetty's queues pad against. Unset, Jetty asks the JVM
     * over JMX whether references are compressed, which starts the platform MBean server: about 45 ms of every start.
     * With heaps under 32 GB they are compressed: 64-byte lines hold 16.
     */
    private static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";
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
        return prepare(settings).start(applicationContext);
    }

    /**
     * The server, its connector, filters and servlet, not yet listening. Jetty's own set-up (its classes, thread pool,
     * MIME table) needs nothing from the application, so the server's start-up does it while the mapper XMLs are parsed.
     */
    public static JettyWebServer prepare(WebSettings settings) {
        if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
            System.setProperty(REFERENCES_PER_CACHE_LINE, "16");
        }
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
        return new JettyWebServer(server, connector, webContext);
    }

    /** Serves a {@link #prepare prepared} server; {@code applicationContext} must hold every use case the controllers need. */
    public JettyWebServer start(ApplicationContext applicationContext) throws Exception {
        webContext.setParent(applicationContext);
        // The web context's messages are the application's: without a bean of its own, Spring would make a delegating
        // one whose class lists every locale of the JVM when it loads (about 60 ms of every start).
        webContext.addBeanFactoryPostProcessor(beans -> beans.registerSingleton(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME, applicationContext));
        try {
            server.start();
        } catch (Exception e) {
            close();
            throw e;
        }
        return this;
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
