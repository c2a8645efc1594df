package dev.agentpane.persistence.shared;

import java.util.Properties;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;

/**
 * Counts, per thread, the statements that may have changed the state of the thread's transaction: every insert,
 * update and delete (whether it succeeded or not), and every statement that failed (PostgreSQL aborts the whole
 * transaction on an error). A stretch of work during which the count stays the same only read, and left its
 * transaction as it found it: {@link GroupCommitTransactionRunner} relies on that to let such work fail alone.
 *
 * <p>Only {@code <select>} statements are taken for reads; no select of a mapper may write (checked by a test of
 * every mapper XML).
 */
@Intercepts({
        @Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class}),
        @Signature(type = Executor.class, method = "query", args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}),
        @Signature(type = Executor.class, method = "queryCursor", args = {MappedStatement.class, Object.class, RowBounds.class}),
})
public final class StatementEffects implements Interceptor {
    private final ThreadLocal<long[]> counts = ThreadLocal.withInitial(() -> new long[1]);

    /** How many statements that may have changed its transaction this thread has run so far; only differences count. */
    public long onThisThread() {
        return counts.get()[0];
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
        // A cursor's rows are read, and may fail, after this call: it counts as a change.
        if (statement.getSqlCommandType() != SqlCommandType.SELECT || invocation.getMethod().getName().equals("queryCursor")) {
            counts.get()[0]++;
            return invocation.proceed();
        }
        try {
            return invocation.proceed();
        } catch (Throwable failure) {
            counts.get()[0]++;
            throw failure;
        }
    }

    @Override
    public Object plugin(Object target) {
        return target instanceof Executor ? Interceptor.super.plugin(target) : target;
    }

    @Override
    public void setProperties(Properties properties) {
        // none
    }
}
