package dev.agentpane.bootstrap.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.INTERFACES;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.RECORDS;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture of AgentPane as executable rules: a hexagon whose domain and application rings are plain Java,
 * two interchangeable persistence dialects that never know about each other, and a web adapter that knows nothing
 * of persistence. Each rule reads as a sentence and says why it exists.
 *
 * <p>The rules are checked against the production classes by {@link ArchitectureRulesTest}; {@link
 * ArchitectureRulesCanFailTest} proves that each one actually rejects a class that breaks it.
 */
public final class ArchitectureRules {

    static final String DOMAIN = "dev.agentpane.domain..";
    static final String APPLICATION = "dev.agentpane.application..";
    static final String PORTS = "dev.agentpane.application.port..";
    static final String INBOUND_PORTS = "dev.agentpane.application.port.in..";
    static final String OUTBOUND_PORTS = "dev.agentpane.application.port.out..";
    static final String PERSISTENCE = "dev.agentpane.persistence..";
    static final String SQLITE_MODULE = "dev.agentpane.persistence.sqlite..";
    static final String POSTGRES_MODULE = "dev.agentpane.persistence.postgres..";
    static final String WEB = "dev.agentpane.web..";
    static final String BOOTSTRAP = "dev.agentpane.bootstrap..";
    static final String SQLITE_DRIVER = "org.sqlite..";
    static final String POSTGRES_DRIVER = "org.postgresql..";
    static final String JDK = "java..";
    static final String JDBC = "java.sql..";

    // ----------------------------------------------------------------------------------------------- rings

    public static final ArchRule DOMAIN_DEPENDS_ONLY_ON_THE_JDK_AND_ITSELF =
            classes().that().resideInAPackage(DOMAIN)
                    .should().onlyDependOnClassesThat(resideInAnyPackage(JDK, DOMAIN).and(DescribedPredicate.not(resideInAPackage(JDBC))))
                    .as("the domain depends only on the JDK (without JDBC) and on itself")
                    .because("it is the innermost ring: business rules must not change when a framework, "
                            + "a database or the web layer does");

    public static final ArchRule APPLICATION_DEPENDS_ONLY_ON_THE_JDK_THE_DOMAIN_AND_ITSELF =
            classes().that().resideInAPackage(APPLICATION)
                    .should().onlyDependOnClassesThat(resideInAnyPackage(JDK, DOMAIN, APPLICATION)
                            .and(DescribedPredicate.not(resideInAPackage(JDBC))))
                    .as("the application depends only on the JDK (without JDBC), the domain and itself")
                    .because("use cases talk to the outside world only through their own ports, "
                            + "which the adapters implement");

    public static final ArchRule DOMAIN_AND_APPLICATION_ARE_FREE_OF_SPRING =
            noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
                    .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                    .as("neither the domain nor the application uses Spring, not even an annotation")
                    .because("all wiring is explicit @Bean configuration in bootstrap, "
                            + "so the inner rings stay plain Java that any test can construct with new");

    // ----------------------------------------------------------------------------------------------- dialects

    public static final ArchRule SQLITE_MODULE_NEVER_REFERENCES_POSTGRESQL =
            noClasses().that().resideInAPackage(SQLITE_MODULE)
                    .should().dependOnClassesThat().resideInAnyPackage(POSTGRES_MODULE, POSTGRES_DRIVER)
                    .as("the SQLite module never references the PostgreSQL module nor the PostgreSQL driver")
                    .because("each dialect must build, ship and run without the other on the classpath");

    public static final ArchRule POSTGRES_MODULE_NEVER_REFERENCES_SQLITE =
            noClasses().that().resideInAPackage(POSTGRES_MODULE)
                    .should().dependOnClassesThat().resideInAnyPackage(SQLITE_MODULE, SQLITE_DRIVER)
                    .as("the PostgreSQL module never references the SQLite module nor the SQLite driver")
                    .because("each dialect must build, ship and run without the other on the classpath");

    public static final ArchRule DIALECT_FREE_PERSISTENCE_REFERENCES_NO_DIALECT =
            noClasses().that().resideInAPackage(PERSISTENCE)
                    .and().resideOutsideOfPackages(SQLITE_MODULE, POSTGRES_MODULE)
                    .should().dependOnClassesThat()
                    .resideInAnyPackage(SQLITE_MODULE, POSTGRES_MODULE, SQLITE_DRIVER, POSTGRES_DRIVER)
                    .as("the shared persistence code references neither dialect module nor either JDBC driver")
                    .because("repositories and mappers are written once; what differs between the databases "
                            + "lives in the dialect's SQL resources and configuration only");

    public static final ArchRule ONLY_BOOTSTRAP_REFERENCES_THE_DIALECT_MODULES =
            noClasses().that().resideOutsideOfPackages(BOOTSTRAP, SQLITE_MODULE, POSTGRES_MODULE)
                    .should().dependOnClassesThat().resideInAnyPackage(SQLITE_MODULE, POSTGRES_MODULE)
                    .as("only bootstrap references the dialect modules from outside them")
                    .because("the DB_MODE switch in bootstrap is the single place that picks a database");

    // ----------------------------------------------------------------------------------------------- web

    public static final ArchRule WEB_ADAPTER_KNOWS_NOTHING_OF_PERSISTENCE =
            noClasses().that().resideInAPackage(WEB)
                    .should().dependOnClassesThat().resideInAnyPackage(
                            PERSISTENCE, "org.apache.ibatis..", "org.mybatis..", "java.sql..", "javax.sql..",
                            "liquibase..", SQLITE_DRIVER, POSTGRES_DRIVER)
                    .as("the web adapter references neither persistence, MyBatis, JDBC, Liquibase nor a driver")
                    .because("controllers reach data only through the application's use cases");

    public static final ArchRule PERSISTENCE_KNOWS_NOTHING_OF_THE_WEB_ADAPTER =
            noClasses().that().resideInAPackage(PERSISTENCE)
                    .should().dependOnClassesThat().resideInAPackage(WEB)
                    .as("persistence never references the web adapter")
                    .because("adapters are siblings that meet only in the application's ports");

    // ----------------------------------------------------------------------------------------------- ports

    public static final ArchRule INBOUND_PORT_INTERFACES_ARE_USE_CASES =
            classes().that().resideInAPackage(INBOUND_PORTS).and().areInterfaces().and().areTopLevelClasses()
                    .should().haveSimpleNameEndingWith("UseCase")
                    .as("every interface among the inbound ports is a use case named …UseCase (interfaces nested in one, "
                            + "such as a stream's listener, are part of it)")
                    .because("a driving adapter should see at a glance which operations the application offers");

    /** A use case, or one of the messages it takes or returns. */
    private static final DescribedPredicate<JavaClass> USE_CASE_OR_ITS_MESSAGE =
            INTERFACES.and(simpleNameEndingWith("UseCase"))
                    .or(RECORDS.and(simpleNameEndingWith("Command")
                            .or(simpleNameEndingWith("Query"))
                            .or(simpleNameEndingWith("Page"))
                            .or(simpleNameEndingWith("Health"))))
                    .as("a …UseCase interface or a …Command / …Query / …Page / …Health record");

    public static final ArchRule INBOUND_PORTS_HOLD_ONLY_USE_CASES_AND_THEIR_MESSAGES =
            classes().that().resideInAPackage(INBOUND_PORTS).and().areTopLevelClasses()
                    .should(be(USE_CASE_OR_ITS_MESSAGE))
                    .as("the inbound ports hold only …UseCase interfaces and their Command, Query, Page "
                            + "and Health records")
                    .because("the inbound port is the application's published API: operations and immutable "
                            + "messages, never behaviour (nested result types are allowed)");

    public static final ArchRule OUTBOUND_PORT_INTERFACES_ARE_REPOSITORIES_PORTS_RUNNERS_OR_BUSES =
            classes().that().resideInAPackage(OUTBOUND_PORTS).and().areInterfaces().and().areTopLevelClasses()
                    .should().haveSimpleNameEndingWith("Repository")
                    .orShould().haveSimpleNameEndingWith("Port")
                    .orShould().haveSimpleNameEndingWith("Runner")
                    .orShould().haveSimpleNameEndingWith("Bus")
                    .as("every interface among the outbound ports is named …Repository, …Port, …Runner or …Bus "
                            + "(interfaces nested in one, such as a subscription, are part of it)")
                    .because("the name tells which kind of adapter has to implement it");

    public static final ArchRule SERVICES_IMPLEMENT_USE_CASES =
            classes().that().resideInAPackage(APPLICATION).and().resideOutsideOfPackage(PORTS)
                    .and().haveSimpleNameEndingWith("Service")
                    .should().implement(resideInAPackage(INBOUND_PORTS).and(INTERFACES)
                            .as("an inbound port interface"))
                    .as("every application service implements at least one inbound use case")
                    .because("adapters depend on use-case interfaces, never on a service class");

    private ArchitectureRules() {
    }
}
