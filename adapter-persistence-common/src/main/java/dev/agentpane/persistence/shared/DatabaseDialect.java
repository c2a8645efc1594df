package dev.agentpane.persistence.shared;

import java.util.List;
import org.apache.ibatis.type.TypeHandler;

/**
 * What a dialect module tells the dialect-free code about its database.
 *
 * @param mode            {@code sqlite} or {@code postgres}: names the health mode and the folder {@code mybatis/<mode>/}
 *                        that holds its mapper XMLs ({@link MapperCatalog})
 * @param typeHandlers    the dialect's MyBatis type handlers (instants, …)
 * @param uniqueViolations how its driver reports unique violations
 * @param foreignKeyViolations how its driver reports a row naming a parent that does not exist
 * @param roundTripPerStatement whether each statement travels to a server and back (PostgreSQL): then writes that
 *                        change one row travel with the next statement ({@link PipelinedWrites})
 */
public record DatabaseDialect(String mode, List<TypeHandler<?>> typeHandlers, UniqueViolations uniqueViolations,
        ForeignKeyViolations foreignKeyViolations, boolean roundTripPerStatement) {
    public DatabaseDialect {
        typeHandlers = List.copyOf(typeHandlers);
    }
}
