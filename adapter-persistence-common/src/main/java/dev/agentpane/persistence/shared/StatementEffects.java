package dev.agentpane.persistence.shared;

import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.executor.BatchResult;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.apache.ibatis.transaction.Transaction;

/**
 * Counts, per thread, the statements that may have changed the state of the thread's transaction: every insert,
 * update and delete (whether it succeeded or not), and every statement that failed (PostgreSQL aborts the whole
 * transaction on an error). A stretch of work during which the count stays the same only read, and left its
 * transaction as it found it: {@link GroupCommitTransactionRunner} relies on that to let such work fail alone.
 *
 * <p>Only {@code <select>} statements are taken for reads; no select of a mapper may write (checked by a test of
 * every mapper XML).
 *
 * <p>Each executor MyBatis creates (one per SQL session) is wrapped in a plain {@link CountingExecutor} rather than
 * in MyBatis' reflective {@code Plugin} proxy, which reads this class's annotations again on every wrap and looks up
 * a method table on every call.
 */
public final class StatementEffects implements Interceptor {
    private final ThreadLocal<long[]> counts = ThreadLocal.withInitial(() -> new long[1]);

    /** How many statements that may have changed its transaction this thread has run so far; only differences count. */
    public long onThisThread() {
        return counts.get()[0];
    }

    @Override
    public Object plugin(Object target) {
        return target instanceof Executor executor ? new CountingExecutor(executor, counts) : target;
    }

    @Override
    public Object intercept(Invocation invocation) {
        throw new IllegalStateException("StatementEffects wraps executors itself; MyBatis' Plugin proxy is not used");
    }

    @Override
    public void setProperties(Properties properties) {
        // none
    }

    /** Delegates everything; counts around the three calls that run a statement. */
    private static final class CountingExecutor implements Executor {
        private final Executor delegate;
        private final ThreadLocal<long[]> counts;

        CountingExecutor(Executor delegate, ThreadLocal<long[]> counts) {
            this.delegate = delegate;
            this.counts = counts;
        }

        private void countOne() {
            counts.get()[0]++;
        }

        @Override
        public int update(MappedStatement statement, Object parameter) throws SQLException {
            countOne();
            return delegate.update(statement, parameter);
        }

        @Override
        public <E> List<E> query(MappedStatement statement, Object parameter, RowBounds rowBounds, ResultHandler handler,
                CacheKey cacheKey, BoundSql boundSql) throws SQLException {
            if (statement.getSqlCommandType() != SqlCommandType.SELECT) {
                countOne();
                return delegate.query(statement, parameter, rowBounds, handler, cacheKey, boundSql);
            }
            try {
                return delegate.query(statement, parameter, rowBounds, handler, cacheKey, boundSql);
            } catch (RuntimeException | SQLException | Error failure) {
                countOne();
                throw failure;
            }
        }

        @Override
        public <E> List<E> query(MappedStatement statement, Object parameter, RowBounds rowBounds, ResultHandler handler)
                throws SQLException {
            if (statement.getSqlCommandType() != SqlCommandType.SELECT) {
                countOne();
                return delegate.query(statement, parameter, rowBounds, handler);
            }
            try {
                return delegate.query(statement, parameter, rowBounds, handler);
            } catch (RuntimeException | SQLException | Error failure) {
                countOne();
                throw failure;
            }
        }

        /** A cursor's rows are read, and may fail, after this call: it counts as a change. */
        @Override
        public <E> Cursor<E> queryCursor(MappedStatement statement, Object parameter, RowBounds rowBounds) throws SQLException {
            countOne();
            return delegate.queryCursor(statement, parameter, rowBounds);
        }

        @Override
        public List<BatchResult> flushStatements() throws SQLException {
            return delegate.flushStatements();
        }

        @Override
        public void commit(boolean required) throws SQLException {
            delegate.commit(required);
        }

        @Override
        public void rollback(boolean required) throws SQLException {
            delegate.rollback(required);
        }

        @Override
        public CacheKey createCacheKey(MappedStatement statement, Object parameter, RowBounds rowBounds, BoundSql boundSql) {
            return delegate.createCacheKey(statement, parameter, rowBounds, boundSql);
        }

        @Override
        public boolean isCached(MappedStatement statement, CacheKey key) {
            return delegate.isCached(statement, key);
        }

        @Override
        public void clearLocalCache() {
            delegate.clearLocalCache();
        }

        @Override
        public void deferLoad(MappedStatement statement, MetaObject resultObject, String property, CacheKey key, Class<?> targetType) {
            delegate.deferLoad(statement, resultObject, property, key, targetType);
        }

        @Override
        public Transaction getTransaction() {
            return delegate.getTransaction();
        }

        @Override
        public void close(boolean forceRollback) {
            delegate.close(forceRollback);
        }

        @Override
        public boolean isClosed() {
            return delegate.isClosed();
        }

        @Override
        public void setExecutorWrapper(Executor executor) {
            delegate.setExecutorWrapper(executor);
        }
    }
}
