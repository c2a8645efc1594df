package dev.agentpane.domain.sandbox;

/** Tmux session names are unique within one sandbox. */
public class DuplicateTmuxSessionException extends RuntimeException {
    public DuplicateTmuxSessionException(SandboxInstanceId sandboxId, String sessionName) {
        super("Sandbox " + sandboxId + " already has a tmux session named " + sessionName);
    }
}
