package dev.agentpane.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks every {@link ArchitectureRules} rule against the production classes of all modules. */
class ArchitectureRulesTest {

    /**
     * DoNotIncludeTests only knows test-class directories; when bootstrap is built on its own, the application and
     * PostgreSQL test-jars come from ~/.m2 as {@code *-tests.jar}, and their JUnit contracts are not production code.
     */
    private static final ImportOption DO_NOT_INCLUDE_TEST_JARS = location -> !location.contains("-tests.jar");

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .withImportOption(DO_NOT_INCLUDE_TEST_JARS)
                .importPackages("dev.agentpane");
    }

    @Test
    void the_domain_depends_only_on_the_jdk_and_itself() {
        ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_THE_JDK_AND_ITSELF.check(production);
    }

    @Test
    void the_application_depends_only_on_the_jdk_the_domain_and_itself() {
        ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_THE_JDK_THE_DOMAIN_AND_ITSELF.check(production);
    }

    @Test
    void the_domain_and_the_application_are_free_of_spring() {
        ArchitectureRules.DOMAIN_AND_APPLICATION_ARE_FREE_OF_SPRING.check(production);
    }

    @Test
    void the_sqlite_module_never_references_postgresql() {
        ArchitectureRules.SQLITE_MODULE_NEVER_REFERENCES_POSTGRESQL.check(production);
    }

    @Test
    void the_postgres_module_never_references_sqlite() {
        ArchitectureRules.POSTGRES_MODULE_NEVER_REFERENCES_SQLITE.check(production);
    }

    @Test
    void the_dialect_free_persistence_code_references_no_dialect() {
        ArchitectureRules.DIALECT_FREE_PERSISTENCE_REFERENCES_NO_DIALECT.check(production);
    }

    @Test
    void only_bootstrap_references_the_dialect_modules() {
        ArchitectureRules.ONLY_BOOTSTRAP_REFERENCES_THE_DIALECT_MODULES.check(production);
    }

    @Test
    void the_web_adapter_knows_nothing_of_persistence() {
        ArchitectureRules.WEB_ADAPTER_KNOWS_NOTHING_OF_PERSISTENCE.check(production);
    }

    @Test
    void persistence_knows_nothing_of_the_web_adapter() {
        ArchitectureRules.PERSISTENCE_KNOWS_NOTHING_OF_THE_WEB_ADAPTER.check(production);
    }

    @Test
    void inbound_port_interfaces_are_use_cases() {
        ArchitectureRules.INBOUND_PORT_INTERFACES_ARE_USE_CASES.check(production);
    }

    @Test
    void inbound_ports_hold_only_use_cases_and_their_messages() {
        ArchitectureRules.INBOUND_PORTS_HOLD_ONLY_USE_CASES_AND_THEIR_MESSAGES.check(production);
    }

    @Test
    void outbound_port_interfaces_are_repositories_ports_or_runners() {
        ArchitectureRules.OUTBOUND_PORT_INTERFACES_ARE_REPOSITORIES_PORTS_RUNNERS_OR_BUSES.check(production);
    }

    @Test
    void services_implement_use_cases() {
        ArchitectureRules.SERVICES_IMPLEMENT_USE_CASES.check(production);
    }
}
