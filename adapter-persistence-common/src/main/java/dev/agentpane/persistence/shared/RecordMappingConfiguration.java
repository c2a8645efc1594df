package dev.agentpane.persistence.shared;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.CallableStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.executor.parameter.ParameterHandler;
import org.apache.ibatis.executor.resultset.ResultSetHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.apache.ibatis.type.TypeHandler;

/**
 * MyBatis configuration that maps rows into row records by a plan made once per record type and column list.
 *
 * <p>MyBatis' own constructor auto-mapping matches every constructor parameter against every column name again for
 * each row (with underscores removed and case ignored) and reflects on the constructor per row: for a 26-column task
 * row that was 70% of the time of a board read. Here a statement whose result is a record without an explicit result
 * map gets {@link RecordResultSetHandler}: column {@code project_id} fills component {@code projectId} through the type
 * handler registered for the component's type (so dialect type handlers still apply). Any other statement, or a result
 * set the plan cannot fill completely, goes to MyBatis' own handler, which keeps its behaviour and error messages.
 */
public final class RecordMappingConfiguration extends Configuration {
    private final ConcurrentMap<PlanKey, RecordPlan> plans = new ConcurrentHashMap<>();

    @Override
    public ResultSetHandler newResultSetHandler(Executor executor, MappedStatement statement, RowBounds rowBounds,
            ParameterHandler parameterHandler, ResultHandler resultHandler, BoundSql boundSql) {
        Class<?> recordType = plainRecordResult(statement);
        if (recordType == null || resultHandler != null || rowBounds != RowBounds.DEFAULT) {
            return super.newResultSetHandler(executor, statement, rowBounds, parameterHandler, resultHandler, boundSql);
        }
        ResultSetHandler fallback = super.newResultSetHandler(executor, statement, rowBounds, parameterHandler, resultHandler, boundSql);
        return new RecordResultSetHandler(recordType, fallback);
    }

    /** The record type of a statement with one result map that is nothing but {@code resultType="…Row"}, else null. */
    private static Class<?> plainRecordResult(MappedStatement statement) {
        List<ResultMap> resultMaps = statement.getResultMaps();
        if (resultMaps.size() != 1) {
            return null;
        }
        ResultMap resultMap = resultMaps.get(0);
        boolean plain = resultMap.getResultMappings().isEmpty() && !resultMap.hasNestedResultMaps() && resultMap.getDiscriminator() == null;
        return plain && resultMap.getType().isRecord() ? resultMap.getType() : null;
    }

    private record PlanKey(Class<?> recordType, List<String> columnLabels) {
    }

    /** For each record component, the column it is read from and the type handler that reads it. */
    private record RecordPlan(Constructor<?> constructor, int[] columns, TypeHandler<?>[] handlers) {
        Object read(ResultSet resultSet) throws SQLException {
            Object[] arguments = new Object[columns.length];
            for (int i = 0; i < columns.length; i++) {
                arguments[i] = handlers[i].getResult(resultSet, columns[i]);
            }
            try {
                return constructor.newInstance(arguments);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("Cannot create " + constructor.getDeclaringClass().getSimpleName(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot create " + constructor.getDeclaringClass().getSimpleName(), e);
            }
        }
    }

    /** A plan for these columns, or null when a component has no column or no type handler (MyBatis then decides). */
    private RecordPlan planFor(Class<?> recordType, List<String> columnLabels) {
        PlanKey key = new PlanKey(recordType, columnLabels);
        RecordPlan plan = plans.get(key);
        if (plan == null && !plans.containsKey(key)) {
            plan = makePlan(recordType, columnLabels);
            if (plan != null) {
                plans.putIfAbsent(key, plan);
            }
        }
        return plan;
    }

    private RecordPlan makePlan(Class<?> recordType, List<String> columnLabels) {
        Map<String, Integer> columnByName = new HashMap<>();
        for (int i = 0; i < columnLabels.size(); i++) {
            columnByName.putIfAbsent(comparable(columnLabels.get(i)), i + 1);
        }
        RecordComponent[] components = recordType.getRecordComponents();
        int[] columns = new int[components.length];
        TypeHandler<?>[] handlers = new TypeHandler<?>[components.length];
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            Integer column = columnByName.get(comparable(components[i].getName()));
            TypeHandler<?> handler = getTypeHandlerRegistry().getTypeHandler(components[i].getType());
            if (column == null || handler == null || components[i].getType().isPrimitive()) {
                return null;
            }
            columns[i] = column;
            handlers[i] = handler;
            parameterTypes[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = recordType.getDeclaredConstructor(parameterTypes);
            constructor.setAccessible(true);
            return new RecordPlan(constructor, columns, handlers);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** {@code project_id}, {@code PROJECT_ID} and {@code projectId} compare equal, as MyBatis' camel-case mapping has it. */
    private static String comparable(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    private final class RecordResultSetHandler implements ResultSetHandler {
        private final Class<?> recordType;
        private final ResultSetHandler fallback;

        RecordResultSetHandler(Class<?> recordType, ResultSetHandler fallback) {
            this.recordType = recordType;
            this.fallback = fallback;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <E> List<E> handleResultSets(Statement statement) throws SQLException {
            ResultSet resultSet = firstResultSet(statement);
            if (resultSet == null) {
                return new ArrayList<>();
            }
            RecordPlan plan = planFor(recordType, columnLabels(resultSet.getMetaData()));
            if (plan == null) {
                return fallback.handleResultSets(statement);
            }
            try (resultSet) {
                List<E> rows = new ArrayList<>();
                while (resultSet.next()) {
                    rows.add((E) plan.read(resultSet));
                }
                return rows;
            }
        }

        @Override
        public <E> Cursor<E> handleCursorResultSets(Statement statement) throws SQLException {
            return fallback.handleCursorResultSets(statement);
        }

        @Override
        public void handleOutputParameters(CallableStatement statement) throws SQLException {
            fallback.handleOutputParameters(statement);
        }

        /** As MyBatis finds it: skip update counts until the first result set, if any. */
        private static ResultSet firstResultSet(Statement statement) throws SQLException {
            ResultSet resultSet = statement.getResultSet();
            while (resultSet == null) {
                if (statement.getMoreResults()) {
                    resultSet = statement.getResultSet();
                } else if (statement.getUpdateCount() == -1) {
                    return null;
                }
            }
            return resultSet;
        }

        private static List<String> columnLabels(ResultSetMetaData metaData) throws SQLException {
            String[] labels = new String[metaData.getColumnCount()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = metaData.getColumnLabel(i + 1);
            }
            return Arrays.asList(labels);
        }
    }
}
