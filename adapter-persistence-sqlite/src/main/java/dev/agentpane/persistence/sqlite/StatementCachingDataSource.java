package dev.agentpane.persistence.sqlite;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps each connection's prepared statements for reuse, keyed by their SQL: the xerial driver compiles the SQL again
 * for every {@code prepareStatement} (about 30–50 µs for a card's select, three times the cost of running it), and
 * MyBatis prepares every statement it runs. PostgreSQL's driver keeps its own per-connection cache.
 *
 * <p>A kept statement's {@code close()} returns it to the connection's cache, bindings as they are, instead of
 * finalising it; a statement of the same SQL asked for while the kept one is in use is prepared afresh and closed
 * normally. A kept statement one of whose calls failed is replaced: the driver finalises a statement after some
 * errors without saying so. Only {@code prepareStatement(String)} is cached; closing the connection finalises everything
 * it kept.
 */
final class StatementCachingDataSource implements DataSource {
    /** More distinct statements than the mappers hold: beyond it, statements are simply not kept. */
    static final int MAX_STATEMENTS_PER_CONNECTION = 512;
    private final DataSource target;

    StatementCachingDataSource(DataSource target) {
        this.target = target;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return caching(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return caching(target.getConnection(username, password));
    }

    private static Connection caching(Connection connection) {
        return (Connection) Proxy.newProxyInstance(StatementCachingDataSource.class.getClassLoader(), new Class<?>[] {Connection.class},
                new CachingConnection(connection));
    }

    /** The statements of one physical connection; used by one thread at a time, as the connection is. */
    private static final class CachingConnection implements InvocationHandler {
        private final Connection connection;
        private final Map<String, KeptStatement> kept = new HashMap<>();

        CachingConnection(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("prepareStatement") && args.length == 1) {
                return prepare((String) args[0]);
            }
            if (name.equals("close")) {
                closeKept();
            } else if (name.equals("unwrap") && args[0] == Connection.class) {
                return proxy;
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private PreparedStatement prepare(String sql) throws SQLException {
            KeptStatement statement = kept.get(sql);
            if (statement != null && !statement.inUse && statement.failed) {
                // The driver finalises a statement after some errors (a failing function, say) without saying so.
                kept.remove(sql);
                closeQuietly(statement.statement);
                statement = null;
            }
            if (statement == null && kept.size() < MAX_STATEMENTS_PER_CONNECTION) {
                statement = new KeptStatement(connection.prepareStatement(sql));
                kept.put(sql, statement);
            }
            if (statement == null || statement.inUse) {
                return connection.prepareStatement(sql);
            }
            statement.inUse = true;
            return statement.proxy;
        }

        private void closeKept() {
            kept.values().forEach(statement -> closeQuietly(statement.statement));
            kept.clear();
        }

        private static void closeQuietly(PreparedStatement statement) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // finalised already, or the connection closes next, which releases it anyway
            }
        }
    }

    private static final class KeptStatement implements InvocationHandler {
        private final PreparedStatement statement;
        private final PreparedStatement proxy;
        private boolean inUse;
        /** A call failed: the statement may be finalised, so it is not handed out again. */
        private boolean failed;
        private ResultSet lastResult;

        KeptStatement(PreparedStatement statement) {
            this.statement = statement;
            this.proxy = (PreparedStatement) Proxy.newProxyInstance(StatementCachingDataSource.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, this);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    if (inUse) {
                        inUse = false;
                        // An open result set would keep SQLite's read transaction, and so an old snapshot, alive.
                        if (lastResult != null && !lastResult.isClosed()) {
                            lastResult.close();
                        }
                        lastResult = null;
                        // No clearParameters(): SQLite compiles a statement again at its next step once its bindings
                        // are cleared if a bound value shaped its plan (max() over an index, OFFSET ? do): 250 µs
                        // for a move's placement, against 25 µs to run it. MyBatis binds every parameter each time.
                        if (!failed) {
                            statement.clearWarnings();
                        }
                    }
                    return null;
                }
                case "isClosed" -> {
                    return !inUse;
                }
                case "unwrap" -> {
                    if (args[0] == PreparedStatement.class) {
                        return proxy;
                    }
                }
                default -> {
                }
            }
            try {
                Object result = method.invoke(statement, args);
                if (result instanceof ResultSet resultSet) {
                    lastResult = resultSet;
                }
                return result;
            } catch (InvocationTargetException e) {
                failed = true;
                throw e.getCause();
            }
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target.isWrapperFor(type);
    }
}
