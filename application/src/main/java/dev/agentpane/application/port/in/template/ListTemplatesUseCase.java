package dev.agentpane.application.port.in.template;

public interface ListTemplatesUseCase {
    TemplatePage list(ListTemplatesQuery query);
}
