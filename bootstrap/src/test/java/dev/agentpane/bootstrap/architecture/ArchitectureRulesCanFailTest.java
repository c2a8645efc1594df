package dev.agentpane.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.agentpane.application.archfixture.ApplicationUsingPersistence;
import dev.agentpane.application.archfixture.LonelyService;
import dev.agentpane.application.archfixture.SpringAnnotatedProjectHandler;
import dev.agentpane.application.port.in.archfixture.ProjectHelper;
import dev.agentpane.application.port.in.archfixture.ProjectListing;
import dev.agentpane.application.port.in.archfixture.ProjectLookup;
import dev.agentpane.application.port.out.archfixture.BadlyNamedGateway;
import dev.agentpane.domain.archfixture.DomainUsingApplication;
import dev.agentpane.domain.archfixture.DomainUsingSpring;
import dev.agentpane.persistence.postgres.archfixture.PostgresUsingSqliteModule;
import dev.agentpane.persistence.project.archfixture.PersistenceUsingWeb;
import dev.agentpane.persistence.shared.archfixture.SharedUsingSqliteDriver;
import dev.agentpane.persistence.sqlite.archfixture.SqliteUsingPostgresDriver;
import dev.agentpane.web.archfixture.WebUsingJdbc;
import dev.agentpane.web.archfixture.WebUsingMyBatis;
import dev.agentpane.web.archfixture.WebUsingSqliteModule;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Proves that every rule can fail: a rule that never fails guards nothing. Each test imports only small fixture
 * classes (under {@code dev.agentpane.<ring>.archfixture}) that break the rule, and expects a violation naming them.
 * The fixtures are test classes, so {@link ArchitectureRulesTest} never sees them.
 */
class ArchitectureRulesCanFailTest {

    @Test
    void the_domain_rule_rejects_a_domain_class_using_spring() {
        assertRejects(ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_THE_JDK_AND_ITSELF, DomainUsingSpring.class);
    }

    @Test
    void the_domain_rule_rejects_a_domain_class_using_the_application() {
        assertRejects(ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_THE_JDK_AND_ITSELF, DomainUsingApplication.class);
    }

    @Test
    void the_application_rule_rejects_an_application_class_using_a_persistence_adapter() {
        assertRejects(ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_THE_JDK_THE_DOMAIN_AND_ITSELF,
                ApplicationUsingPersistence.class);
    }

    @Test
    void the_spring_rule_rejects_a_domain_class_using_spring() {
        assertRejects(ArchitectureRules.DOMAIN_AND_APPLICATION_ARE_FREE_OF_SPRING, DomainUsingSpring.class);
    }

    @Test
    void the_spring_rule_rejects_an_application_class_carrying_only_a_spring_annotation() {
        assertRejects(ArchitectureRules.DOMAIN_AND_APPLICATION_ARE_FREE_OF_SPRING,
                SpringAnnotatedProjectHandler.class);
    }

    @Test
    void the_sqlite_rule_rejects_a_sqlite_class_using_the_postgresql_driver() {
        assertRejects(ArchitectureRules.SQLITE_MODULE_NEVER_REFERENCES_POSTGRESQL, SqliteUsingPostgresDriver.class);
    }

    @Test
    void the_postgres_rule_rejects_a_postgres_class_using_the_sqlite_module() {
        assertRejects(ArchitectureRules.POSTGRES_MODULE_NEVER_REFERENCES_SQLITE, PostgresUsingSqliteModule.class);
    }

    @Test
    void the_dialect_free_rule_rejects_shared_persistence_code_using_the_sqlite_driver() {
        assertRejects(ArchitectureRules.DIALECT_FREE_PERSISTENCE_REFERENCES_NO_DIALECT,
                SharedUsingSqliteDriver.class);
    }

    @Test
    void the_bootstrap_only_rule_rejects_the_web_adapter_using_the_sqlite_module() {
        assertRejects(ArchitectureRules.ONLY_BOOTSTRAP_REFERENCES_THE_DIALECT_MODULES, WebUsingSqliteModule.class);
    }

    @Test
    void the_web_rule_rejects_a_web_class_using_jdbc() {
        assertRejects(ArchitectureRules.WEB_ADAPTER_KNOWS_NOTHING_OF_PERSISTENCE, WebUsingJdbc.class);
    }

    @Test
    void the_web_rule_rejects_a_web_class_using_mybatis() {
        assertRejects(ArchitectureRules.WEB_ADAPTER_KNOWS_NOTHING_OF_PERSISTENCE, WebUsingMyBatis.class);
    }

    @Test
    void the_persistence_rule_rejects_a_persistence_class_using_the_web_adapter() {
        assertRejects(ArchitectureRules.PERSISTENCE_KNOWS_NOTHING_OF_THE_WEB_ADAPTER, PersistenceUsingWeb.class);
    }

    @Test
    void the_use_case_naming_rule_rejects_an_inbound_interface_not_named_use_case() {
        assertRejects(ArchitectureRules.INBOUND_PORT_INTERFACES_ARE_USE_CASES, ProjectLookup.class);
    }

    @Test
    void the_inbound_port_content_rule_rejects_a_plain_class() {
        assertRejects(ArchitectureRules.INBOUND_PORTS_HOLD_ONLY_USE_CASES_AND_THEIR_MESSAGES, ProjectHelper.class);
    }

    @Test
    void the_inbound_port_content_rule_rejects_a_record_with_an_unknown_suffix() {
        assertRejects(ArchitectureRules.INBOUND_PORTS_HOLD_ONLY_USE_CASES_AND_THEIR_MESSAGES, ProjectListing.class);
    }

    @Test
    void the_outbound_port_naming_rule_rejects_a_badly_named_interface() {
        assertRejects(ArchitectureRules.OUTBOUND_PORT_INTERFACES_ARE_REPOSITORIES_PORTS_RUNNERS_OR_BUSES,
                BadlyNamedGateway.class);
    }

    @Test
    void the_service_rule_rejects_a_service_implementing_no_use_case() {
        assertRejects(ArchitectureRules.SERVICES_IMPLEMENT_USE_CASES, LonelyService.class);
    }

    /** Evaluates the rule on the fixtures alone and expects a violation that names each of them. */
    private static void assertRejects(ArchRule rule, Class<?>... fixtures) {
        JavaClasses classes = new ClassFileImporter().importClasses(fixtures);
        EvaluationResult result = rule.evaluate(classes);

        assertThat(result.hasViolation()).as("%s has a violation", rule.getDescription()).isTrue();
        String report = String.join("\n", result.getFailureReport().getDetails());
        Arrays.stream(fixtures).forEach(fixture -> assertThat(report).contains(fixture.getName()));
    }
}
