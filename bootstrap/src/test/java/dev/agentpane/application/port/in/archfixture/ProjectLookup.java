package dev.agentpane.application.port.in.archfixture;

/** Breaks the use-case naming rule: an inbound port interface not named ...UseCase. */
public interface ProjectLookup {
    String find(String id);
}
