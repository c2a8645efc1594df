package dev.agentpane.domain.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProjectDirectoryPolicyTest {

    private static String code(String path) {
        return ProjectDirectoryPolicy.refusalFor(path).map(ProjectDirectoryPolicy.Refusal::code).orElse("ALLOWED");
    }

    @Test
    void system_directories_are_never_deleted() {
        for (String path : ProjectDirectoryPolicy.SYSTEM_DIRECTORIES) {
            assertThat(code(path)).as(path).isEqualTo("DANGEROUS_PATH");
        }
        assertThat(code("/usr/local/..")).isEqualTo("DANGEROUS_PATH");
    }

    @Test
    void directories_near_the_root_are_too_shallow() {
        assertThat(code("/srv")).isEqualTo("TOO_SHALLOW");
        assertThat(code("/srv/repos")).isEqualTo("TOO_SHALLOW");
        assertThat(code("/srv/repos/demo/../..")).isEqualTo("TOO_SHALLOW");
    }

    @Test
    void below_a_system_directory_a_path_must_be_deeper() {
        assertThat(code("/home/alice/demo")).isEqualTo("INSUFFICIENT_DEPTH");
        assertThat(code("/Users/alice/demo")).isEqualTo("INSUFFICIENT_DEPTH");
        assertThat(code("/home/alice/src/demo")).isEqualTo("ALLOWED");
    }

    @Test
    void ordinary_project_directories_may_go() {
        assertThat(code("/srv/repos/demo")).isEqualTo("ALLOWED");
        assertThat(code("/tmp/agentpane/projects/demo")).isEqualTo("ALLOWED");
    }
}
