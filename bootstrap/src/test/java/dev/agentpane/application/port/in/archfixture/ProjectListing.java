package dev.agentpane.application.port.in.archfixture;

/** Breaks the inbound port content rule: a record that is neither a Command, a Query, a Page nor a Health. */
public record ProjectListing(String name) {
}
