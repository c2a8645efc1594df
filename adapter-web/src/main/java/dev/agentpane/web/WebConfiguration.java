package dev.agentpane.web;

import dev.agentpane.application.port.in.agent.CreateAgentUseCase;
import dev.agentpane.application.port.in.agent.DeleteAgentUseCase;
import dev.agentpane.application.port.in.agent.GetAgentUseCase;
import dev.agentpane.application.port.in.agent.ListAgentsUseCase;
import dev.agentpane.application.port.in.agent.StartAgentUseCase;
import dev.agentpane.application.port.in.agent.UpdateAgentUseCase;
import dev.agentpane.application.port.in.climonitor.DeregisterCliDaemonUseCase;
import dev.agentpane.application.port.in.climonitor.GetCliMonitorStatusUseCase;
import dev.agentpane.application.port.in.climonitor.HeartbeatCliDaemonUseCase;
import dev.agentpane.application.port.in.climonitor.IngestCliSessionsUseCase;
import dev.agentpane.application.port.in.climonitor.ListCliSessionHistoryUseCase;
import dev.agentpane.application.port.in.climonitor.ListLiveCliSessionsUseCase;
import dev.agentpane.application.port.in.climonitor.RegisterCliDaemonUseCase;
import dev.agentpane.application.port.in.climonitor.StreamCliMonitorUseCase;
import dev.agentpane.application.port.in.health.CheckDatabaseHealthUseCase;
import dev.agentpane.application.port.in.project.CreateProjectUseCase;
import dev.agentpane.application.port.in.project.DeleteProjectUseCase;
import dev.agentpane.application.port.in.project.GetProjectUseCase;
import dev.agentpane.application.port.in.project.ListProjectSummariesUseCase;
import dev.agentpane.application.port.in.project.ListProjectsUseCase;
import dev.agentpane.application.port.in.project.UpdateProjectUseCase;
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
import dev.agentpane.application.port.in.task.GetTaskUseCase;
import dev.agentpane.application.port.in.task.ListTasksUseCase;
import dev.agentpane.application.port.in.task.MoveTaskUseCase;
import dev.agentpane.application.port.in.task.StopTaskAgentUseCase;
import dev.agentpane.application.port.in.task.UpdateTaskUseCase;
import dev.agentpane.web.agent.AgentController;
import dev.agentpane.web.climonitor.CliMonitorController;
import dev.agentpane.web.climonitor.CliMonitorStreamController;
import dev.agentpane.web.api.ApiErrorHandler;
import dev.agentpane.web.api.WireJson;
import dev.agentpane.web.health.HealthController;
import dev.agentpane.web.project.ProjectController;
import dev.agentpane.web.session.SessionController;
import dev.agentpane.web.sessionstream.SessionStreamController;
import dev.agentpane.web.settings.SettingsController;
import dev.agentpane.web.sse.OpenStreams;
import dev.agentpane.web.task.TaskController;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
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
        converters.disableDefaults().withJsonConverter(json);
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
    public TaskController taskController(CreateTaskUseCase create, GetTaskUseCase get, ListTasksUseCase list, UpdateTaskUseCase update,
            MoveTaskUseCase move, DeleteTaskUseCase delete, StopTaskAgentUseCase stopAgent) {
        return new TaskController(create, get, list, update, move, delete, stopAgent);
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
    public SettingsController settingsController(GetSettingsUseCase get, UpdateSettingsUseCase update) {
        return new SettingsController(get, update);
    }
}
