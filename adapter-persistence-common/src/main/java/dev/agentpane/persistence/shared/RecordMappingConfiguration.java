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
 *
 * <p>A component whose type is itself a record without a type handler is filled, by its own plan, from the same row.
 * A record marked {@link ReadSideBySide} may also come from several result sets (a dialect that sends a string of
 * statements in one round trip, PostgreSQL's): see there.
 */
public final class RecordMappingConfiguration extends Configuration {
    /** Stands for "these columns cannot fill this record" in the caches, which hold no null. */
    private static final RecordPlan NO_PLAN = new RecordPlan(null, new ComponentRead[0]);
    /** A record's components, looked up once: {@link Class#getRecordComponents} builds them anew in native code at each call. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };
    private final ConcurrentMap<PlanKey, RecordPlan> plans = new ConcurrentHashMap<>();
    private final ConcurrentMap<PlanKey, RecordPlan> partialPlans = new ConcurrentHashMap<>();

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

    /** How one record component is read from the current row. */
    private interface ComponentRead {
        Object read(ResultSet resultSet) throws SQLException;
    }

    /** For each record component, how it is read: a column through its type handler, or a nested record's own plan. */
    private record RecordPlan(Constructor<?> constructor, ComponentRead[] reads) implements ComponentRead {
        @Override
        public Object read(ResultSet resultSet) throws SQLException {
            Object[] arguments = new Object[reads.length];
            for (int i = 0; i < reads.length; i++) {
                arguments[i] = reads[i].read(resultSet);
            }
            return create(arguments);
        }

        /** Reads the components this plan can read (a partial plan has no read for the others) into {@code arguments}. */
        void readInto(ResultSet resultSet, Object[] arguments, boolean[] filled) throws SQLException {
            for (int i = 0; i < reads.length; i++) {
                if (reads[i] != null && !filled[i]) {
                    arguments[i] = reads[i].read(resultSet);
                    filled[i] = true;
                }
            }
        }

        Object create(Object[] arguments) {
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
        return cachedPlan(plans, recordType, columnLabels, false);
    }

    /** A plan for the components these columns fill, the others left without a read; null when the type has no plan at all. */
    private RecordPlan partialPlanFor(Class<?> recordType, List<String> columnLabels) {
        return cachedPlan(partialPlans, recordType, columnLabels, true);
    }

    private RecordPlan cachedPlan(ConcurrentMap<PlanKey, RecordPlan> cache, Class<?> recordType, List<String> columnLabels, boolean partial) {
        PlanKey key = new PlanKey(recordType, columnLabels);
        RecordPlan plan = cache.get(key);
        if (plan == null) {
            RecordPlan made = makePlan(recordType, columnIndexes(columnLabels), partial);
            plan = made == null ? NO_PLAN : made;
            cache.putIfAbsent(key, plan);
        }
        return plan == NO_PLAN ? null : plan; // absence is remembered too: a side-by-side read asks for a full plan first
    }

    private static Map<String, Integer> columnIndexes(List<String> columnLabels) {
        Map<String, Integer> columnByName = new HashMap<>();
        for (int i = 0; i < columnLabels.size(); i++) {
            columnByName.putIfAbsent(comparable(columnLabels.get(i)), i + 1);
        }
        return columnByName;
    }

    /**
     * A component is read from the column of its name, or, when its type is a record without a type handler, by that
     * record's own plan from the same columns. Partial: a component these columns cannot fill gets no read (a nested
     * record is filled completely or not at all).
     */
    private RecordPlan makePlan(Class<?> recordType, Map<String, Integer> columnByName, boolean partial) {
        RecordComponent[] components = COMPONENTS.get(recordType);
        ComponentRead[] reads = new ComponentRead[components.length];
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> type = components[i].getType();
            parameterTypes[i] = type;
            if (type.isPrimitive()) {
                return null;
            }
            TypeHandler<?> handler = getTypeHandlerRegistry().getTypeHandler(type);
            Integer column = columnByName.get(comparable(components[i].getName()));
            if (handler != null && column != null) {
                int index = column;
                reads[i] = resultSet -> handler.getResult(resultSet, index);
            } else if (handler == null && type.isRecord()) {
                reads[i] = makePlan(type, columnByName, false);
            } else if (handler == null) {
                return null;
            }
            if (reads[i] == null && !partial) {
                return null;
            }
        }
        try {
            Constructor<?> constructor = recordType.getDeclaredConstructor(parameterTypes);
            constructor.setAccessible(true);
            return new RecordPlan(constructor, reads);
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
            List<String> labels = columnLabels(resultSet.getMetaData());
            RecordPlan plan = planFor(recordType, labels);
            if (plan == null && ReadSideBySide.class.isAssignableFrom(recordType)) {
                return (List<E>) readSideBySide(statement, resultSet, labels);
            }
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

        /**
         * One record from the one row of each result set, its components from the columns of all of them together;
         * none when a result set has no row.
         */
        private List<Object> readSideBySide(Statement statement, ResultSet first, List<String> firstLabels) throws SQLException {
            int components = COMPONENTS.get(recordType).length;
            Object[] arguments = new Object[components];
            boolean[] filled = new boolean[components];
            RecordPlan part = null;
            ResultSet resultSet = first;
            List<String> labels = firstLabels;
            while (resultSet != null) {
                try (ResultSet current = resultSet) {
                    part = partialPlanFor(recordType, labels);
                    if (part == null) {
                        throw new IllegalStateException(recordType.getSimpleName() + " has no plan for the columns " + labels);
                    }
                    if (!current.next()) {
                        return new ArrayList<>();
                    }
                    part.readInto(current, arguments, filled);
                    if (current.next()) {
                        throw new IllegalStateException(recordType.getSimpleName() + " is read side by side, but a result set has more than one row");
                    }
                }
                resultSet = nextResultSet(statement);
                labels = resultSet == null ? null : columnLabels(resultSet.getMetaData());
            }
            for (int i = 0; i < components; i++) {
                if (!filled[i]) {
                    throw new IllegalStateException("No result set has a column for " + recordType.getSimpleName() + "."
                            + COMPONENTS.get(recordType)[i].getName());
                }
            }
            List<Object> rows = new ArrayList<>(1);
            rows.add(part.create(arguments));
            return rows;
        }

        /** The next result set, update counts skipped; null after the last. */
        private static ResultSet nextResultSet(Statement statement) throws SQLException {
            while (true) {
                if (statement.getMoreResults()) {
                    return statement.getResultSet();
                }
                if (statement.getUpdateCount() == -1) {
                    return null;
                }
            }
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
