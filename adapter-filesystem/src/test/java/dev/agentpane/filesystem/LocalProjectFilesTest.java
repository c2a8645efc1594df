package dev.agentpane.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.application.port.out.ProjectFilesPort.ProjectFilesException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalProjectFilesTest {
    private final LocalProjectFiles files = new LocalProjectFiles();

    @TempDir
    Path temp;

    @Test
    void a_directory_goes_with_everything_below_it() throws IOException {
        Path project = Files.createDirectories(temp.resolve("repos/demo"));
        Files.createDirectories(project.resolve("src/main"));
        Files.writeString(project.resolve("src/main/App.java"), "class App {}");
        Files.writeString(project.resolve(".gitignore"), "target/");

        files.deleteDirectory(project.toString());

        assertThat(project).doesNotExist();
        assertThat(temp.resolve("repos")).exists();
    }

    @Test
    void a_symbolic_link_inside_is_removed_without_touching_its_target() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("precious"));
        Files.writeString(outside.resolve("keep.txt"), "keep me");
        Path project = Files.createDirectories(temp.resolve("repos/linked"));
        Files.createSymbolicLink(project.resolve("link-to-precious"), outside);

        files.deleteDirectory(project.toString());

        assertThat(project).doesNotExist();
        assertThat(outside.resolve("keep.txt")).hasContent("keep me");
    }

    @Test
    void a_missing_path_a_file_or_a_link_is_not_a_directory() throws IOException {
        Path file = Files.writeString(temp.resolve("file.txt"), "x");
        Path link = Files.createSymbolicLink(temp.resolve("link"), Files.createDirectories(temp.resolve("target")));

        for (Path path : new Path[] {temp.resolve("missing"), file, link}) {
            assertThatThrownBy(() -> files.deleteDirectory(path.toString())).isInstanceOf(ProjectFilesException.class)
                    .extracting(failure -> ((ProjectFilesException) failure).code()).isEqualTo("NOT_A_DIRECTORY");
        }
        assertThat(temp.resolve("target")).exists();
    }
}
