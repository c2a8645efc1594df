package dev.agentpane.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GithubRepositoryRefTest {
    @ParameterizedTest
    @ValueSource(strings = {"acme/tools", "acme/tools.git", "https://github.com/acme/tools", "https://github.com/acme/tools.git",
            "https://github.com/acme/tools/", "https://github.com/acme/tools.git/", "http://github.com/acme/tools",
            "https://www.github.com/acme/tools", "HTTPS://GitHub.com/acme/tools", "github.com/acme/tools",
            "git@github.com:acme/tools", "git@github.com:acme/tools.git", "  acme/tools  "})
    void every_form_of_a_repository_address_names_owner_and_repository(String url) {
        assertThat(GithubRepositoryRef.parse(url)).contains(new GithubRepositoryRef("acme", "tools"));
    }

    @Test
    void repository_names_keep_dots_dashes_underscores_and_case() {
        assertThat(GithubRepositoryRef.fromUrl("https://github.com/Big-Org/my.repo_v2-x.git"))
                .isEqualTo(new GithubRepositoryRef("Big-Org", "my.repo_v2-x"));
        assertThat(GithubRepositoryRef.fromUrl("a/.github")).isEqualTo(new GithubRepositoryRef("a", ".github"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "acme", "acme/", "/tools", "acme/tools/extra", "https://gitlab.com/acme/tools",
            "https://github.com/acme", "https://github.com/acme/tools/tree/main", "git@gitlab.com:acme/tools",
            "ftp://github.com/acme/tools", "https://github.com.evil.example/acme/tools", "acme tools/x", "-acme/tools",
            "acme-/tools", "ac--me/tools", "ac_me/tools", "acme/..", "acme/.", "acme/to ols", "acme/tools?x=1", "acme/.git",
            "acme/tools.git.git"})
    void anything_else_names_no_repository(String url) {
        assertThat(GithubRepositoryRef.parse(url)).isEmpty();
        assertThatThrownBy(() -> GithubRepositoryRef.fromUrl(url)).isInstanceOf(InvalidGithubUrlException.class)
                .hasMessage("Invalid GitHub repository URL: " + url);
    }

    @Test
    void owners_have_at_most_39_and_repositories_at_most_100_characters() {
        assertThat(GithubRepositoryRef.parse("o".repeat(39) + "/" + "r".repeat(100))).isPresent();
        assertThat(GithubRepositoryRef.parse("o".repeat(40) + "/r")).isEmpty();
        assertThat(GithubRepositoryRef.parse("o/" + "r".repeat(101))).isEmpty();
    }

    @Test
    void names_given_apart_are_checked_by_the_same_rules() {
        assertThatThrownBy(() -> new GithubRepositoryRef("bad owner", "tools")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("GitHub owner");
        assertThatThrownBy(() -> new GithubRepositoryRef("acme", "")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("GitHub repository");
        assertThatThrownBy(() -> new GithubRepositoryRef(null, "tools")).isInstanceOf(ValidationException.class);
    }
}
