package dev.agentpane.domain.template;

/** One GitHub repository backs at most one template per scope. */
public class DuplicateTemplateException extends RuntimeException {
    public DuplicateTemplateException(String githubOwner, String githubRepo, TemplateScope scope) {
        super("A " + scope.wireValue() + " template for " + githubOwner + "/" + githubRepo + " already exists");
    }
}
