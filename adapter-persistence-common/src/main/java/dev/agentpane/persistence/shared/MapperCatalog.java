package dev.agentpane.persistence.shared;

import dev.agentpane.persistence.agent.AgentMapper;
import dev.agentpane.persistence.agent.AgentRunMapper;
import dev.agentpane.persistence.apikey.ApiKeyMapper;
import dev.agentpane.persistence.auditlog.AuditLogMapper;
import dev.agentpane.persistence.clisession.CliSessionMapper;
import dev.agentpane.persistence.githubinstallation.GithubInstallationMapper;
import dev.agentpane.persistence.githubinstallation.RepositoryConfigMapper;
import dev.agentpane.persistence.githubtoken.GithubTokenMapper;
import dev.agentpane.persistence.health.HealthMapper;
import dev.agentpane.persistence.marketplace.MarketplaceMapper;
import dev.agentpane.persistence.plan.PlanSessionMapper;
import dev.agentpane.persistence.project.ProjectMapper;
import dev.agentpane.persistence.sandbox.SandboxConfigMapper;
import dev.agentpane.persistence.sandbox.SandboxInstanceMapper;
import dev.agentpane.persistence.session.SessionMapper;
import dev.agentpane.persistence.sessionevent.SessionEventMapper;
import dev.agentpane.persistence.sessionsummary.SessionSummaryMapper;
import dev.agentpane.persistence.settings.SettingsMapper;
import dev.agentpane.persistence.task.TaskMapper;
import dev.agentpane.persistence.template.TemplateMapper;
import dev.agentpane.persistence.terraform.TerraformModuleMapper;
import dev.agentpane.persistence.terraform.TerraformRegistryMapper;
import dev.agentpane.persistence.workflow.WorkflowMapper;
import dev.agentpane.persistence.worktree.WorktreeMapper;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Every MyBatis mapper, and where each dialect keeps its SQL: {@code mybatis/<mode>/<Mapper>.xml}. Naming the files
 * instead of searching the classpath for them saves a walk through every entry of the server's jar at each start.
 */
public final class MapperCatalog {
    public static final List<Class<?>> MAPPERS = List.of(
            AgentMapper.class,
            AgentRunMapper.class,
            ApiKeyMapper.class,
            AuditLogMapper.class,
            CliSessionMapper.class,
            GithubInstallationMapper.class,
            GithubTokenMapper.class,
            HealthMapper.class,
            MarketplaceMapper.class,
            PlanSessionMapper.class,
            ProjectMapper.class,
            RepositoryConfigMapper.class,
            SandboxConfigMapper.class,
            SandboxInstanceMapper.class,
            SessionEventMapper.class,
            SessionMapper.class,
            SessionSummaryMapper.class,
            SettingsMapper.class,
            TaskMapper.class,
            TemplateMapper.class,
            TerraformModuleMapper.class,
            TerraformRegistryMapper.class,
            WorkflowMapper.class,
            WorktreeMapper.class);

    private MapperCatalog() {
    }

    private static String xmlPath(String mode, Class<?> mapper) {
        return "mybatis/" + mode + "/" + mapper.getSimpleName() + ".xml";
    }

    /** @throws IllegalStateException naming the first mapper whose XML the dialect module lacks */
    static Resource[] xmlResources(String mode) {
        Resource[] resources = new Resource[MAPPERS.size()];
        for (int i = 0; i < resources.length; i++) {
            ClassPathResource xml = new ClassPathResource(xmlPath(mode, MAPPERS.get(i)), MapperCatalog.class.getClassLoader());
            if (!xml.exists()) {
                throw new IllegalStateException("The " + mode + " module has no " + xml.getPath() + " for " + MAPPERS.get(i).getName());
            }
            resources[i] = xml;
        }
        return resources;
    }
}
