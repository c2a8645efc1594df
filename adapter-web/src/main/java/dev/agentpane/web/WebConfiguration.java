package dev.agentpane.web;

import dev.agentpane.application.port.in.agent.CreateAgentUseCase;
import dev.agentpane.application.port.in.agent.DeleteAgentUseCase;
import dev.agentpane.application.port.in.agent.GetAgentUseCase;
import dev.agentpane.application.port.in.agent.ListAgentsUseCase;
import dev.agentpane.application.port.in.agent.StartAgentUseCase;
import dev.agentpane.application.port.in.agent.UpdateAgentUseCase;
import dev.agentpane.application.port.in.apikey.DeleteApiKeyUseCase;
import dev.agentpane.application.port.in.apikey.GetApiKeyUseCase;
import dev.agentpane.application.port.in.apikey.SaveApiKeyUseCase;
import dev.agentpane.application.port.in.githubtoken.DeleteGithubTokenUseCase;
import dev.agentpane.application.port.in.githubtoken.GetGithubTokenUseCase;
import dev.agentpane.application.port.in.climonitor.DeregisterCliDaemonUseCase;
import dev.agentpane.application.port.in.climonitor.GetCliMonitorStatusUseCase;
import dev.agentpane.application.port.in.climonitor.HeartbeatCliDaemonUseCase;
import dev.agentpane.application.port.in.climonitor.IngestCliSessionsUseCase;
import dev.agentpane.application.port.in.climonitor.ListCliSessionHistoryUseCase;
import dev.agentpane.application.port.in.climonitor.ListLiveCliSessionsUseCase;
import dev.agentpane.application.port.in.climonitor.RegisterCliDaemonUseCase;
import dev.agentpane.application.port.in.climonitor.StreamCliMonitorUseCase;
import dev.agentpane.application.port.in.health.CheckDatabaseHealthUseCase;
import dev.agentpane.application.port.in.marketplace.CreateMarketplaceUseCase;
import dev.agentpane.application.port.in.marketplace.DeleteMarketplaceUseCase;
import dev.agentpane.application.port.in.marketplace.GetMarketplaceUseCase;
import dev.agentpane.application.port.in.marketplace.ListMarketplacePluginsUseCase;
import dev.agentpane.application.port.in.marketplace.ListMarketplacesUseCase;
import dev.agentpane.application.port.in.marketplace.SeedDefaultMarketplaceUseCase;
import dev.agentpane.application.port.in.marketplace.SyncMarketplaceUseCase;
import dev.agentpane.application.port.in.marketplace.UpdateMarketplaceUseCase;
import dev.agentpane.application.port.in.project.CreateProjectUseCase;
import dev.agentpane.application.port.in.project.DeleteProjectUseCase;
import dev.agentpane.application.port.in.project.GetProjectUseCase;
import dev.agentpane.application.port.in.project.ListProjectSummariesUseCase;
import dev.agentpane.application.port.in.project.ListProjectsUseCase;
import dev.agentpane.application.port.in.project.UpdateProjectUseCase;
import dev.agentpane.application.port.in.sandbox.CreateSandboxConfigUseCase;
import dev.agentpane.application.port.in.sandbox.DeleteSandboxConfigUseCase;
import dev.agentpane.application.port.in.sandbox.GetSandboxConfigUseCase;
import dev.agentpane.application.port.in.sandbox.ListSandboxConfigsUseCase;
import dev.agentpane.application.port.in.sandbox.UpdateSandboxConfigUseCase;
import dev.agentpane.application.port.in.session.AppendSessionEventsUseCase;
import dev.agentpane.application.port.in.session.CreateSessionUseCase;
import dev.agentpane.application.port.in.session.DeleteSessionUseCase;
import dev.agentpane.application.port.in.session.ExportSessionUseCase;
import dev.agentpane.application.port.in.session.GetSessionSummaryUseCase;
import dev.agentpane.application.port.in.session.GetSessionUseCase;
import dev.agentpane.application.port.in.session.ListSessionEventsUseCase;
import dev.agentpane.application.port.in.session.ListSessionsUseCase;
import dev.agentpane.application.port.in.sessionstream.StreamSessionEventsUseCase;
import dev.agentpane.application.port.in.settings.GetSettingsUseCase;
import dev.agentpane.application.port.in.settings.UpdateSettingsUseCase;
import dev.agentpane.application.port.in.task.CreateTaskUseCase;
import dev.agentpane.application.port.in.task.DeleteTaskUseCase;
import dev.agentpane.application.port.in.task.GetBoardVersionUseCase;
import dev.agentpane.application.port.in.task.GetTaskUseCase;
import dev.agentpane.application.port.in.task.ListTasksUseCase;
import dev.agentpane.application.port.in.task.MoveTaskUseCase;
import dev.agentpane.application.port.in.task.StopTaskAgentUseCase;
import dev.agentpane.application.port.in.task.UpdateTaskUseCase;
import dev.agentpane.application.port.in.template.CreateTemplateUseCase;
import dev.agentpane.application.port.in.template.DeleteTemplateUseCase;
import dev.agentpane.application.port.in.template.GetTemplateUseCase;
import dev.agentpane.application.port.in.template.ListTemplatesUseCase;
import dev.agentpane.application.port.in.template.SyncTemplateUseCase;
import dev.agentpane.application.port.in.template.UpdateTemplateUseCase;
import dev.agentpane.application.port.in.terraform.ComposeTerraformUseCase;
import dev.agentpane.application.port.in.terraform.CreateTerraformRegistryUseCase;
import dev.agentpane.application.port.in.terraform.DeleteTerraformRegistryUseCase;
import dev.agentpane.application.port.in.terraform.GetTerraformModuleUseCase;
import dev.agentpane.application.port.in.terraform.GetTerraformRegistryUseCase;
import dev.agentpane.application.port.in.terraform.ListTerraformModulesUseCase;
import dev.agentpane.application.port.in.terraform.ListTerraformRegistriesUseCase;
import dev.agentpane.application.port.in.terraform.SyncTerraformRegistryUseCase;
import dev.agentpane.application.port.in.terraform.UpdateTerraformRegistryUseCase;
import dev.agentpane.application.port.in.terraform.ValidateTerraformUseCase;
import dev.agentpane.application.port.in.workflow.CreateWorkflowUseCase;
import dev.agentpane.application.port.in.workflow.DeleteWorkflowUseCase;
import dev.agentpane.application.port.in.workflow.GetWorkflowUseCase;
import dev.agentpane.application.port.in.workflow.ListWorkflowsUseCase;
import dev.agentpane.application.port.in.workflow.UpdateWorkflowUseCase;
import dev.agentpane.web.agent.AgentController;
import dev.agentpane.web.apikey.ApiKeyController;
import dev.agentpane.web.climonitor.CliMonitorController;
import dev.agentpane.web.climonitor.CliMonitorStreamController;
import dev.agentpane.web.api.ApiErrorHandler;
import dev.agentpane.web.api.WireJson;
import dev.agentpane.web.githubtoken.GithubTokenController;
import dev.agentpane.web.health.HealthController;
import dev.agentpane.web.marketplace.MarketplaceController;
import dev.agentpane.web.project.ProjectController;
import dev.agentpane.web.sandbox.SandboxConfigController;
import dev.agentpane.web.session.SessionController;
import dev.agentpane.web.sessionstream.SessionStreamController;
import dev.agentpane.web.settings.SettingsController;
import dev.agentpane.web.task.BoardPageCache;
import dev.agentpane.web.sse.OpenStreams;
import dev.agentpane.web.task.TaskController;
import dev.agentpane.web.template.TemplateController;
import dev.agentpane.web.terraform.TerraformController;
import dev.agentpane.web.workflow.WorkflowController;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.ByteArrayHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Spring MVC for the API: the controllers (wired to the use cases of the parent context), JSON only, errors as envelopes. */
@Configuration(proxyBeanMethods = false)
@EnableWebMvc
public class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
        JacksonJsonHttpMessageConverter json = new JacksonJsonHttpMessageConverter(WireJson.MAPPER);
        // Browsers' fetch sends a string body as text/plain and curl -d as a form unless told otherwise; the original
        // read any body as JSON. Accept JSON, text/plain and no type at all (octet-stream); refuse the rest with 415.
        json.setSupportedMediaTypes(List.of(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"),
                MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM));
        // Pages kept as bytes (the board's, see BoardPageCache) are sent as they are.
        converters.disableDefaults().addCustomConverter(new ByteArrayHttpMessageConverter()).withJsonConverter(json);
    }

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer negotiation) {
        negotiation.defaultContentType(MediaType.APPLICATION_JSON);
    }

    @Bean
    public ApiErrorHandler apiErrorHandler() {
        return new ApiErrorHandler();
    }

    @Bean
    public HealthController healthController(CheckDatabaseHealthUseCase health) {
        return new HealthController(health);
    }

    @Bean
    public ProjectController projectController(CreateProjectUseCase create, GetProjectUseCase get, ListProjectsUseCase list,
            ListProjectSummariesUseCase summaries, UpdateProjectUseCase update, DeleteProjectUseCase delete) {
        return new ProjectController(create, get, list, summaries, update, delete);
    }

    @Bean
    public TaskController taskController(CreateTaskUseCase create, GetTaskUseCase get, ListTasksUseCase list,
            GetBoardVersionUseCase boardVersions, UpdateTaskUseCase update, MoveTaskUseCase move, DeleteTaskUseCase delete,
            StopTaskAgentUseCase stopAgent) {
        BoardPageCache boardPages = new BoardPageCache(list, boardVersions, BoardPageCache.DEFAULT_BUDGET_BYTES);
        return new TaskController(create, get, boardPages, update, move, delete, stopAgent);
    }

    @Bean
    public AgentController agentController(CreateAgentUseCase create, GetAgentUseCase get, ListAgentsUseCase list, UpdateAgentUseCase update,
            DeleteAgentUseCase delete, StartAgentUseCase start) {
        return new AgentController(create, get, list, update, delete, start);
    }

    @Bean
    public SessionController sessionController(CreateSessionUseCase create, GetSessionUseCase get, ListSessionsUseCase list,
            DeleteSessionUseCase delete, ListSessionEventsUseCase events, AppendSessionEventsUseCase append,
            GetSessionSummaryUseCase summary, ExportSessionUseCase export) {
        return new SessionController(create, get, list, delete, events, append, summary, export);
    }

    /** Every route's open event streams, ended first when the server stops. */
    @Bean
    public OpenStreams openStreams() {
        return new OpenStreams();
    }

    @Bean
    public SessionStreamController sessionStreamController(StreamSessionEventsUseCase streams, OpenStreams openStreams) {
        return new SessionStreamController(streams, openStreams);
    }

    @Bean
    public CliMonitorController cliMonitorController(RegisterCliDaemonUseCase register, HeartbeatCliDaemonUseCase heartbeat,
            IngestCliSessionsUseCase ingest, DeregisterCliDaemonUseCase deregister, GetCliMonitorStatusUseCase status,
            ListLiveCliSessionsUseCase sessions, ListCliSessionHistoryUseCase history) {
        return new CliMonitorController(register, heartbeat, ingest, deregister, status, sessions, history);
    }

    @Bean
    public CliMonitorStreamController cliMonitorStreamController(StreamCliMonitorUseCase streams, OpenStreams openStreams) {
        return new CliMonitorStreamController(streams, openStreams);
    }

    @Bean
    public TemplateController templateController(CreateTemplateUseCase create, GetTemplateUseCase get, ListTemplatesUseCase list,
            UpdateTemplateUseCase update, DeleteTemplateUseCase delete, SyncTemplateUseCase sync) {
        return new TemplateController(create, get, list, update, delete, sync);
    }

    @Bean
    public MarketplaceController marketplaceController(CreateMarketplaceUseCase create, GetMarketplaceUseCase get,
            ListMarketplacesUseCase list, UpdateMarketplaceUseCase update, DeleteMarketplaceUseCase delete,
            SeedDefaultMarketplaceUseCase seed, ListMarketplacePluginsUseCase plugins, SyncMarketplaceUseCase sync) {
        return new MarketplaceController(create, get, list, update, delete, seed, plugins, sync);
    }

    @Bean
    public TerraformController terraformController(CreateTerraformRegistryUseCase createRegistry, GetTerraformRegistryUseCase getRegistry,
            ListTerraformRegistriesUseCase listRegistries, UpdateTerraformRegistryUseCase updateRegistry,
            DeleteTerraformRegistryUseCase deleteRegistry, SyncTerraformRegistryUseCase syncRegistry, ListTerraformModulesUseCase listModules,
            GetTerraformModuleUseCase getModule, ValidateTerraformUseCase validate, ComposeTerraformUseCase compose) {
        return new TerraformController(createRegistry, getRegistry, listRegistries, updateRegistry, deleteRegistry, syncRegistry,
                listModules, getModule, validate, compose);
    }

    @Bean
    public SettingsController settingsController(GetSettingsUseCase get, UpdateSettingsUseCase update) {
        return new SettingsController(get, update);
    }

    @Bean
    public ApiKeyController apiKeyController(GetApiKeyUseCase get, SaveApiKeyUseCase save, DeleteApiKeyUseCase delete) {
        return new ApiKeyController(get, save, delete);
    }

    @Bean
    public GithubTokenController githubTokenController(GetGithubTokenUseCase get, DeleteGithubTokenUseCase delete) {
        return new GithubTokenController(get, delete);
    }

    @Bean
    public SandboxConfigController sandboxConfigController(CreateSandboxConfigUseCase create, GetSandboxConfigUseCase get,
            ListSandboxConfigsUseCase list, UpdateSandboxConfigUseCase update, DeleteSandboxConfigUseCase delete) {
        return new SandboxConfigController(create, get, list, update, delete);
    }

    @Bean
    public WorkflowController workflowController(CreateWorkflowUseCase create, GetWorkflowUseCase get, ListWorkflowsUseCase list,
            UpdateWorkflowUseCase update, DeleteWorkflowUseCase delete) {
        return new WorkflowController(create, get, list, update, delete);
    }
}
