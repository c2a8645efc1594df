package dev.agentpane.domain.workflow;

/** Where the designer's canvas was scrolled and zoomed when the workflow was saved. */
public record Viewport(double x, double y, double zoom) {
}
