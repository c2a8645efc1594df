package dev.agentpane.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.persistence.postgres.PostgresPersistenceConfiguration;
import dev.agentpane.persistence.shared.DatabaseDialect;
import dev.agentpane.persistence.shared.MapperCatalog;
import dev.agentpane.persistence.shared.MapperDefinitions;
import dev.agentpane.persistence.sqlite.SqlitePersistenceConfiguration;
import java.util.List;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The mapper XMLs parsed on a thread of their own at start-up: all of them, and a failure reaches the one who waits. */
class MapperDefinitionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void parsing_in_the_background_defines_the_statements_of_every_catalogued_mapper(String mode) {
        DatabaseDialect dialect = mode.equals("sqlite") ? SqlitePersistenceConfiguration.dialect() : PostgresPersistenceConfiguration.dialect();

        Configuration mybatis = MapperDefinitions.parseInBackground(dialect).take();

        for (Class<?> mapper : MapperCatalog.MAPPERS) {
            assertThat(mybatis.hasMapper(mapper)).as(mapper.getSimpleName()).isTrue();
            assertThat(mybatis.getMappedStatementNames()).as(mapper.getSimpleName()).anyMatch(id -> id.startsWith(mapper.getName() + "."));
        }
    }

    @Test
    void a_mapper_xml_missing_on_the_background_thread_fails_the_one_who_waits_naming_the_file() {
        DatabaseDialect noXmls = new DatabaseDialect("nosuchdialect", List.of(), exception -> false, exception -> false, false);

        assertThatThrownBy(() -> MapperDefinitions.parseInBackground(noXmls).take())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("mybatis/nosuchdialect/AgentMapper.xml");
    }

    @Test
    void the_definitions_are_bound_to_one_database_only() {
        MapperDefinitions definitions = MapperDefinitions.parseNow(SqlitePersistenceConfiguration.dialect());
        definitions.take();

        assertThatThrownBy(definitions::take).isInstanceOf(IllegalStateException.class).hasMessageContaining("already bound");
    }
}
