package dev.agentpane.application.port.in.archfixture;

/** Breaks the inbound port content rule: behaviour in the published API. */
public class ProjectHelper {
    public static String normalise(String name) {
        return name.strip();
    }
}
