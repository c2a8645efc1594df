package dev.agentpane.application.archfixture;

import org.springframework.stereotype.Component;

/** Breaks the Spring rule with nothing but an annotation. */
@Component
public class SpringAnnotatedProjectHandler {
}
