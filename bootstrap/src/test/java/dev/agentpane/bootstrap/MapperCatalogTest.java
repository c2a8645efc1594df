package dev.agentpane.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.persistence.shared.MapperCatalog;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The server loads the mapper XMLs the catalog names, without searching: no dialect may hold one the catalog misses. */
class MapperCatalogTest {

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void each_dialect_holds_exactly_one_xml_per_catalogued_mapper(String mode) throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:mybatis/" + mode + "/*.xml");
        assertThat(Arrays.stream(found).map(Resource::getFilename))
                .containsExactlyInAnyOrderElementsOf(MapperCatalog.MAPPERS.stream().map(mapper -> mapper.getSimpleName() + ".xml").toList());
    }
}
