package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.ProjectFilesPort;
import java.util.ArrayList;
import java.util.List;

/** Remembers which directories it was asked to delete; can be told to fail as the disk would. */
public class RecordingProjectFiles implements ProjectFilesPort {
    private final List<String> deleted = new ArrayList<>();
    private volatile ProjectFilesException failure;

    @Override
    public synchronized void deleteDirectory(String directory) {
        if (failure != null) {
            throw failure;
        }
        deleted.add(directory);
    }

    public synchronized List<String> deleted() {
        return List.copyOf(deleted);
    }

    public void failWith(ProjectFilesException failure) {
        this.failure = failure;
    }
}
