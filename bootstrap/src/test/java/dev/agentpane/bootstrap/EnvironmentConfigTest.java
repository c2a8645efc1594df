package dev.agentpane.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.persistence.postgres.PostgresSettings;
import dev.agentpane.persistence.postgres.PostgresUrl;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvironmentConfigTest {

    /** An environment of alternating names and values. */
    private static Map<String, String> env(String... namesAndValues) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            env.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return env;
    }

    private static EnvironmentConfig postgres(String url) {
        return EnvironmentConfig.from(env("DB_MODE", "postgres", "DATABASE_URL", url));
    }

    @Nested
    class Defaults {
        private final EnvironmentConfig config = EnvironmentConfig.from(Map.of());

        @Test
        void an_empty_environment_listens_on_loopback_port_3001() {
            assertThat(config.host()).isEqualTo("127.0.0.1");
            assertThat(config.port()).isEqualTo(3001);
        }

        @Test
        void an_empty_environment_uses_sqlite_at_data_agentpane_db() {
            assertThat(config.databaseMode()).isEqualTo(DatabaseMode.SQLITE);
            assertThat(config.sqlite()).isNotNull();
            assertThat(config.sqlite().databaseFile()).isEqualTo(Path.of("./data/agentpane.db"));
            assertThat(config.postgres()).isNull();
        }

        @Test
        void an_empty_environment_allows_the_local_web_app_and_one_mebibyte_bodies_without_a_token() {
            assertThat(config.corsOrigin()).isEqualTo("http://localhost:3000");
            assertThat(config.maxBodyBytes()).isEqualTo(1_048_576L);
            assertThat(config.authToken()).isNull();
        }

        @Test
        void blank_values_count_as_unset() {
            EnvironmentConfig blank = EnvironmentConfig.from(env("HOST", " ", "PORT", "", "DB_MODE", "  "));

            assertThat(blank.host()).isEqualTo("127.0.0.1");
            assertThat(blank.port()).isEqualTo(3001);
            assertThat(blank.databaseMode()).isEqualTo(DatabaseMode.SQLITE);
        }

        @Test
        void given_values_replace_the_defaults() {
            EnvironmentConfig given = EnvironmentConfig.from(env("PORT", "8080", "DB_PATH", "/var/lib/agentpane/db.sqlite",
                    "CORS_ORIGIN", "https://app.example", "MAX_BODY_BYTES", "2048", "AUTH_TOKEN", "t0ken"));

            assertThat(given.port()).isEqualTo(8080);
            assertThat(given.sqlite().databaseFile()).isEqualTo(Path.of("/var/lib/agentpane/db.sqlite"));
            assertThat(given.corsOrigin()).isEqualTo("https://app.example");
            assertThat(given.maxBodyBytes()).isEqualTo(2048);
            assertThat(given.authToken()).isEqualTo("t0ken");
        }
    }

    @Nested
    class DatabaseModes {
        @Test
        void postgres_without_database_url_names_database_url() {
            assertThatThrownBy(() -> EnvironmentConfig.from(env("DB_MODE", "postgres")))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("DATABASE_URL");
        }

        @Test
        void an_unknown_mode_names_db_mode_and_what_it_allows() {
            assertThatThrownBy(() -> EnvironmentConfig.from(env("DB_MODE", "mysql")))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("DB_MODE")
                    .hasMessageContaining("sqlite or postgres");
        }

        @ParameterizedTest
        @ValueSource(strings = {"postgres", "postgresql", "POSTGRES"})
        void postgres_is_selected_by_its_names_in_any_case(String mode) {
            EnvironmentConfig config = EnvironmentConfig.from(env("DB_MODE", mode, "DATABASE_URL", "postgres://u@h/db"));

            assertThat(config.databaseMode()).isEqualTo(DatabaseMode.POSTGRES);
            assertThat(config.sqlite()).isNull();
        }
    }

    @Nested
    class DatabaseUrls {
        @Test
        void a_libpq_url_becomes_a_jdbc_url_with_the_credentials_taken_out_and_decoded() {
            PostgresSettings settings = postgres("postgresql://u:p%40ss@db.example:5433/agentpane?sslmode=require").postgres();

            assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5433/agentpane?sslmode=require");
            assertThat(settings.user()).isEqualTo("u");
            assertThat(settings.password()).isEqualTo("p@ss");
        }

        @Test
        void a_postgres_url_without_password_or_port_is_accepted() {
            PostgresSettings settings = postgres("postgres://u@h/db").postgres();

            assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://h/db");
            assertThat(settings.user()).isEqualTo("u");
            assertThat(settings.password()).isNull();
        }

        @Test
        void a_jdbc_url_passes_through_unchanged() {
            PostgresSettings settings = postgres("jdbc:postgresql://h/db").postgres();

            assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://h/db");
            assertThat(settings.user()).isNull();
            assertThat(settings.password()).isNull();
        }

        @Test
        void the_pool_size_defaults_and_can_be_set() {
            assertThat(postgres("postgres://u@h/db").postgres().poolSize()).isEqualTo(PostgresSettings.DEFAULT_POOL_SIZE);
            assertThat(EnvironmentConfig.from(env("DB_MODE", "postgres", "DATABASE_URL", "postgres://u@h/db", "DB_POOL_SIZE", "3"))
                    .postgres().poolSize()).isEqualTo(3);
        }

        @Test
        void a_mysql_url_is_rejected_naming_database_url() {
            assertThatThrownBy(() -> postgres("mysql://u@h/db"))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("DATABASE_URL");
        }

        @ParameterizedTest
        @ValueSource(strings = {"mysql://u:secretpw@h/db", "postgresql://u:secretpw@/nodb", "postgresql://u:secretpw@h/",
            "postgresql://u:secretpw@h"})
        void a_rejected_url_is_reported_without_its_password(String url) {
            assertThatThrownBy(() -> postgres(url))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("DATABASE_URL")
                    .hasMessageNotContaining("secretpw");
        }
        @ParameterizedTest
        @ValueSource(strings = {"postgresql://u:secret#pw@/nodb", "postgresql://u:secret?pw@/nodb", "mysql://u:secret/pw@h/db"})
        void a_rejected_url_with_an_unencoded_special_character_in_its_password_is_reported_without_it(String url) {
            assertThatThrownBy(() -> postgres(url))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageNotContaining("secret");
        }

        @Test
        void the_description_and_toString_never_show_the_password_of_a_libpq_url() {
            EnvironmentConfig config = postgres("postgresql://u:secretpw@db.example:5433/agentpane");

            assertThat(config.databaseDescription()).startsWith("PostgreSQL ").contains("db.example:5433/agentpane")
                    .doesNotContain("secretpw");
            assertThat(config.toString()).doesNotContain("secretpw");
        }

        @Test
        void the_description_and_toString_never_show_the_password_of_a_jdbc_url() {
            EnvironmentConfig config = postgres("jdbc:postgresql://h/db?user=u&password=secretpw");

            assertThat(config.databaseDescription()).contains("jdbc:postgresql://h/db").doesNotContain("secretpw");
            assertThat(config.toString()).doesNotContain("secretpw");
        }

        @Test
        void toString_never_shows_the_auth_token() {
            EnvironmentConfig config = EnvironmentConfig.from(env("AUTH_TOKEN", "tok-secret-123"));

            assertThat(config.toString()).doesNotContain("tok-secret-123").contains("authToken=****");
        }
        @Test
        void the_postgres_settings_never_show_the_password_of_a_jdbc_url() {
            EnvironmentConfig config = postgres("jdbc:postgresql://h/db?user=u&password=secretpw");

            assertThat(config.postgres().toString()).doesNotContain("secretpw");
        }

        @Test
        void the_postgres_settings_never_show_the_password_of_a_libpq_url() {
            EnvironmentConfig config = postgres("postgresql://u:secretpw@h/db");

            assertThat(config.postgres().toString()).doesNotContain("secretpw");
        }

        @Test
        void mask_hides_the_password_of_a_libpq_url() {
            assertThat(PostgresUrl.mask("postgresql://u:pw@h/db")).isEqualTo("postgresql://u:****@h/db");
        }

        @Test
        void mask_hides_the_password_parameter_of_a_jdbc_url() {
            assertThat(PostgresUrl.mask("jdbc:postgresql://h/db?user=u&password=pw")).isEqualTo("jdbc:postgresql://h/db?user=u&password=****");
        }

        @Test
        void mask_leaves_a_url_without_password_unchanged() {
            assertThat(PostgresUrl.mask("postgres://u@h:5432/db?sslmode=require")).isEqualTo("postgres://u@h:5432/db?sslmode=require");
        }
    }

    @Nested
    class Numbers {
        @ParameterizedTest
        @ValueSource(strings = {"abc", "70000", "-1", "3001.5"})
        void a_port_that_is_not_0_to_65535_names_port(String port) {
            assertThatThrownBy(() -> EnvironmentConfig.from(env("PORT", port)))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageStartingWith("PORT ")
                    .hasMessageContaining(port);
        }

        @Test
        void a_max_body_of_zero_bytes_is_rejected() {
            assertThatThrownBy(() -> EnvironmentConfig.from(env("MAX_BODY_BYTES", "0")))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("MAX_BODY_BYTES");
        }

        @Test
        void a_pool_size_of_zero_is_rejected() {
            assertThatThrownBy(() -> EnvironmentConfig.from(env("DB_MODE", "postgres", "DATABASE_URL", "postgres://u@h/db",
                    "DB_POOL_SIZE", "0")))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("DB_POOL_SIZE");
        }
    }

    @Nested
    class Access {
        @Test
        void a_public_host_without_a_token_is_refused_pointing_at_auth_token_and_auth_mode_none() {
            assertThatThrownBy(() -> EnvironmentConfig.from(env("HOST", "0.0.0.0")))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("AUTH_TOKEN")
                    .hasMessageContaining("AUTH_MODE=none");
        }

        @Test
        void a_public_host_with_a_token_is_accepted() {
            EnvironmentConfig config = EnvironmentConfig.from(env("HOST", "0.0.0.0", "AUTH_TOKEN", "s3cret"));

            assertThat(config.host()).isEqualTo("0.0.0.0");
            assertThat(config.authToken()).isEqualTo("s3cret");
            assertThat(config.webSettings().authToken()).isEqualTo("s3cret");
        }

        @Test
        void a_public_host_with_auth_mode_none_is_accepted_without_a_token() {
            EnvironmentConfig config = EnvironmentConfig.from(env("HOST", "0.0.0.0", "AUTH_MODE", "none"));

            assertThat(config.authToken()).isNull();
            assertThat(config.webSettings().authToken()).isNull();
        }

        @Test
        void auth_mode_none_with_a_token_is_a_contradiction() {
            assertThatThrownBy(() -> EnvironmentConfig.from(env("AUTH_MODE", "none", "AUTH_TOKEN", "s3cret")))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("AUTH_MODE")
                    .hasMessageContaining("AUTH_TOKEN")
                    .hasMessageNotContaining("s3cret");
        }

        @Test
        void an_unknown_auth_mode_is_rejected() {
            assertThatThrownBy(() -> EnvironmentConfig.from(env("AUTH_MODE", "weird")))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("AUTH_MODE")
                    .hasMessageContaining("token or none");
        }

        @ParameterizedTest
        @ValueSource(strings = {"localhost", "::1", "127.0.0.1", "127.1.2.3"})
        void loopback_hosts_need_no_token(String host) {
            assertThat(EnvironmentConfig.isLoopback(host)).isTrue();
            assertThat(EnvironmentConfig.from(env("HOST", host)).authToken()).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"0.0.0.0", "::", "192.0.2.10"})
        void other_addresses_are_not_loopback(String host) {
            assertThat(EnvironmentConfig.isLoopback(host)).isFalse();
        }
    }
}
