package dev.agentpane.persistence.shared;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.core.InfrastructureProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Writes that change one row, sent to the database with the transaction's next statement instead of alone: on
 * PostgreSQL, a move's update travels with the next move's reads, and a create's insert with the next create's lock,
 * one round trip instead of two (ADR 0014).
 *
 * <p>A repository offers a write with {@link #expectingOneRow}; the write is held back only inside
 * {@link #allowedWhile} (the {@link GroupCommitTransactionRunner}'s groups) and only in a transaction. Its caller is
 * told that one row changed. The write is sent, in order, before the transaction's next statement (in the same
 * string of statements), before its commit, or before anything else the connection is asked to do; a rollback drops
 * it.
 *
 * <p>When such a write fails or changes another number of rows, or when a statement sent with it fails, the thread
 * is marked ({@link #spoiledSinceAsked}): the failure surfaced in the work of another caller, or not at all. The
 * runner then rolls its group back and runs it again without holding writes back, so every caller gets the outcome
 * it would have had without this class.
 */
public final class PipelinedWrites {
    /** More writes held back make a longer string of statements, and more strings for the driver to cache. */
    static final int MOST_HELD = 4;
    private static final Set<String> WITHOUT_SENDING = Set.of("getAutoCommit", "isClosed", "isValid", "getMetaData",
            "unwrap", "isWrapperFor", "isReadOnly", "getTransactionIsolation", "getWarnings", "clearWarnings",
            "getHoldability", "getCatalog", "getSchema", "getNetworkTimeout", "getClientInfo", "getTypeMap");

    private final DataSource dataSource;
    private final boolean holdsWritesBack;
    private final ThreadLocal<ThreadState> threads = ThreadLocal.withInitial(ThreadState::new);

    private PipelinedWrites(DataSource dataSource, boolean holdsWritesBack) {
        this.dataSource = holdsWritesBack ? new PipeliningDataSource(dataSource) : dataSource;
        this.holdsWritesBack = holdsWritesBack;
    }

    /** For a database where a statement costs a round trip: writes are held back where allowed. */
    public static PipelinedWrites over(DataSource dataSource) {
        return new PipelinedWrites(dataSource, true);
    }

    /** For a database in the process (SQLite): every write is sent at once. */
    public static PipelinedWrites none(DataSource dataSource) {
        return new PipelinedWrites(dataSource, false);
    }

    /** The data source that transactions and mappers must share: it holds writes back. */
    public DataSource dataSource() {
        return dataSource;
    }

    public boolean holdsWritesBack() {
        return holdsWritesBack;
    }

    /**
     * Runs a mapper write that is meant to change exactly one row; it may be held back (then it reports 1).
     *
     * @return the number of rows the write changed, or 1 when it was held back
     */
    public int expectingOneRow(IntSupplier write) {
        ThreadState thread = threads.get();
        if (!thread.allowed) {
            return write.getAsInt();
        }
        thread.offered = true;
        try {
            return write.getAsInt();
        } finally {
            thread.offered = false;
        }
    }

    /** Runs work during which writes offered on this thread may be held back. */
    public <T> T allowedWhile(Supplier<T> work) {
        ThreadState thread = threads.get();
        boolean before = thread.allowed;
        thread.allowed = holdsWritesBack;
        try {
            return work.get();
        } finally {
            thread.allowed = before;
        }
    }

    /** Whether a held-back write, or a statement sent with one, failed on this thread since the last call. */
    public boolean spoiledSinceAsked() {
        ThreadState thread = threads.get();
        boolean spoiled = thread.spoiled;
        thread.spoiled = false;
        return spoiled;
    }

    /** How many writes this thread has held back so far: for tests. */
    public long heldBackOnThisThread() {
        return threads.get().heldBack;
    }

    private static final class ThreadState {
        boolean allowed;
        boolean offered;
        boolean spoiled;
        long heldBack;
    }

    /** Spring's transaction resources stay keyed by the pool, so code given the pool itself shares the transaction. */
    private final class PipeliningDataSource extends DelegatingDataSource implements InfrastructureProxy {
        PipeliningDataSource(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return pipelining(obtainTargetDataSource().getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return pipelining(obtainTargetDataSource().getConnection(username, password));
        }

        @Override
        public Object getWrappedObject() {
            return obtainTargetDataSource();
        }

        private Connection pipelining(Connection connection) {
            return (Connection) Proxy.newProxyInstance(PipelinedWrites.class.getClassLoader(), new Class<?>[] {Connection.class},
                    new PipeliningConnection(connection));
        }
    }

    /** A write held back: its SQL and the parameter setters its caller called, in order. */
    private record HeldWrite(String sql, List<Setter> setters) {
        int parameterCount() {
            return setters.stream().mapToInt(Setter::index).max().orElse(0);
        }
    }

    private record Setter(Method method, Object[] arguments) {
        int index() {
            return (Integer) arguments[0];
        }

        void applyTo(PreparedStatement statement, int offset) throws SQLException {
            Object[] shifted = arguments.clone();
            shifted[0] = index() + offset;
            invoke(method, statement, shifted);
        }
    }

    private static boolean isParameterSetter(Method method, Object[] arguments) {
        return method.getDeclaringClass() == PreparedStatement.class && method.getName().startsWith("set")
                && arguments != null && arguments.length > 0 && arguments[0] instanceof Integer;
    }

    private static boolean isExecution(String name, Object[] arguments) {
        return (arguments == null || arguments.length == 0)
                && (name.equals("execute") || name.equals("executeQuery") || name.equals("executeUpdate") || name.equals("executeLargeUpdate"));
    }

    private static Object invoke(Method method, Object target, Object[] arguments) throws SQLException {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The writes held back on one connection, and when they are sent. */
    private final class PipeliningConnection implements InvocationHandler {
        private final Connection connection;
        private final List<HeldWrite> held = new ArrayList<>(MOST_HELD);

        PipeliningConnection(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            String name = method.getName();
            switch (name) {
                case "equals":
                    return proxy == arguments[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "pipelining " + connection;
                case "prepareStatement":
                    if (arguments.length == 1) {
                        return prepare(proxy, (String) arguments[0]);
                    }
                    break;
                case "rollback":
                    if (arguments == null) {
                        held.clear();
                    }
                    break;
                case "close":
                    held.clear(); // after a commit or a rollback, nothing is held
                    break;
                default:
                    break;
            }
            if (!WITHOUT_SENDING.contains(name)) {
                sendHeld();
            }
            return PipelinedWrites.invoke(method, connection, arguments);
        }

        private Object prepare(Object proxy, String sql) throws SQLException {
            ThreadState thread = threads.get();
            if (thread.offered && thread.allowed && !connection.getAutoCommit()) {
                thread.offered = false; // the write's one statement
                return Proxy.newProxyInstance(PipelinedWrites.class.getClassLoader(), new Class<?>[] {PreparedStatement.class},
                        new HeldBackStatement(this, proxy, sql));
            }
            if (held.isEmpty()) {
                return connection.prepareStatement(sql);
            }
            List<HeldWrite> before = List.copyOf(held);
            held.clear();
            return Proxy.newProxyInstance(PipelinedWrites.class.getClassLoader(), new Class<?>[] {PreparedStatement.class},
                    new StatementAfterHeldWrites(connection.prepareStatement(joined(before, sql)), before));
        }

        void hold(HeldWrite write) throws SQLException {
            threads.get().heldBack++;
            held.add(write);
            if (held.size() >= MOST_HELD) {
                sendHeld();
            }
        }

        private void sendHeld() throws SQLException {
            if (held.isEmpty()) {
                return;
            }
            List<HeldWrite> writes = List.copyOf(held);
            held.clear();
            try (PreparedStatement statement = connection.prepareStatement(joined(writes, null))) {
                bind(statement, writes);
                checkOneRowEach(statement, statement.execute(), writes);
            } catch (SQLException | RuntimeException e) {
                threads.get().spoiled = true;
                throw e;
            }
        }
    }

    /** The held writes' statements, then the caller's, as one string: PostgreSQL's driver sends them in one round trip. */
    private static String joined(List<HeldWrite> writes, String then) {
        StringBuilder sql = new StringBuilder();
        for (HeldWrite write : writes) {
            sql.append(write.sql()).append(";\n");
        }
        if (then != null) {
            sql.append(then);
        }
        return sql.toString();
    }

    /** Binds the held writes' parameters, which come first; returns how many there are. */
    private static int bind(PreparedStatement statement, List<HeldWrite> writes) throws SQLException {
        int offset = 0;
        for (HeldWrite write : writes) {
            for (Setter setter : write.setters()) {
                setter.applyTo(statement, offset);
            }
            offset += write.parameterCount();
        }
        return offset;
    }

    /** Steps over the held writes' results, each of which must be one changed row; returns whether a result set is next. */
    private static boolean checkOneRowEach(PreparedStatement statement, boolean resultSet, List<HeldWrite> writes) throws SQLException {
        boolean current = resultSet;
        for (HeldWrite write : writes) {
            int changed = current ? -1 : statement.getUpdateCount();
            if (changed != 1) {
                throw new SQLException("A write sent with a later statement changed " + changed + " rows instead of one: " + write.sql());
            }
            current = statement.getMoreResults();
        }
        return current;
    }

    /** What the caller of a held-back write sees: a statement that records its parameters and reports one row. */
    private final class HeldBackStatement implements InvocationHandler {
        private final PipeliningConnection connection;
        private final Object connectionProxy;
        private final String sql;
        private final List<Setter> setters = new ArrayList<>();
        private boolean closed;

        HeldBackStatement(PipeliningConnection connection, Object connectionProxy, String sql) {
            this.connection = connection;
            this.connectionProxy = connectionProxy;
            this.sql = sql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            if (isParameterSetter(method, arguments)) {
                setters.add(new Setter(method, arguments.clone()));
                return null;
            }
            String name = method.getName();
            if (isExecution(name, arguments)) {
                connection.hold(new HeldWrite(sql, List.copyOf(setters)));
                return switch (name) {
                    case "execute" -> false;
                    case "executeLargeUpdate" -> 1L;
                    case "executeUpdate" -> 1;
                    default -> throw new SQLFeatureNotSupportedException("A held-back write returns no rows");
                };
            }
            return switch (name) {
                case "getUpdateCount" -> 1;
                case "getLargeUpdateCount" -> 1L;
                case "getMoreResults" -> false;
                case "getResultSet", "getWarnings", "clearWarnings" -> null;
                case "clearParameters" -> {
                    setters.clear();
                    yield null;
                }
                case "close" -> {
                    closed = true;
                    yield null;
                }
                case "isClosed" -> closed;
                case "getConnection" -> connectionProxy;
                case "setQueryTimeout", "setFetchSize", "setMaxRows", "setFetchDirection", "setEscapeProcessing",
                     "setPoolable", "setMaxFieldSize", "setLargeMaxRows" -> null; // a write's settings that do not change it
                case "equals" -> proxy == arguments[0];
                case "hashCode" -> System.identityHashCode(proxy);
                case "toString" -> "held back: " + sql;
                default -> {
                    threads.get().spoiled = true;
                    throw new SQLFeatureNotSupportedException(name + " is not supported on a held-back write");
                }
            };
        }
    }

    /** The statement that carries the held writes before the caller's: the caller sees only its own statement. */
    private final class StatementAfterHeldWrites implements InvocationHandler {
        private final PreparedStatement statement;
        private final List<HeldWrite> before;
        private final int offset;
        private boolean executed;

        StatementAfterHeldWrites(PreparedStatement statement, List<HeldWrite> before) {
            this.statement = statement;
            this.before = before;
            this.offset = before.stream().mapToInt(HeldWrite::parameterCount).sum();
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            if (isParameterSetter(method, arguments)) {
                Object[] shifted = arguments.clone();
                shifted[0] = (Integer) arguments[0] + offset;
                return PipelinedWrites.invoke(method, statement, shifted);
            }
            String name = method.getName();
            if (isExecution(name, arguments)) {
                return execute(name);
            }
            switch (name) {
                case "addBatch", "executeBatch", "executeLargeBatch" -> {
                    // The held writes would run with every batch: spoil, and the group runs again without holding back.
                    threads.get().spoiled = true;
                    throw new SQLFeatureNotSupportedException("A batch cannot follow a held-back write");
                }
                case "close" -> {
                    if (!executed) {
                        threads.get().spoiled = true; // the held writes were never sent
                    }
                }
                case "equals" -> {
                    return proxy == arguments[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                default -> {
                }
            }
            return PipelinedWrites.invoke(method, statement, arguments);
        }

        private Object execute(String name) throws SQLException {
            if (executed) {
                threads.get().spoiled = true; // a second run would write the held writes twice
                throw new SQLFeatureNotSupportedException("A statement sent with held-back writes runs once");
            }
            executed = true;
            boolean resultSet;
            try {
                bind(statement, before);
                resultSet = checkOneRowEach(statement, statement.execute(), before);
            } catch (SQLException | RuntimeException e) {
                threads.get().spoiled = true;
                throw e;
            }
            return switch (name) {
                case "execute" -> resultSet;
                case "executeQuery" -> {
                    if (!resultSet) {
                        throw new SQLException("The statement returned no rows");
                    }
                    yield statement.getResultSet();
                }
                case "executeLargeUpdate" -> statement.getLargeUpdateCount();
                default -> statement.getUpdateCount();
            };
        }
    }
}
