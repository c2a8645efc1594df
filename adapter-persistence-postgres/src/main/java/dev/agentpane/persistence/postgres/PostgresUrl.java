package dev.agentpane.persistence.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Reads a PostgreSQL connection URL in the forms teams use: libpq's {@code postgresql://[user[:password]@]host[:port]/db[?params]}
 * (also {@code postgres://}) and JDBC's {@code jdbc:postgresql://…}. Credentials move out of the URL into the settings,
 * so that the URL can be shown; {@link #mask} hides a password in any of the forms.
 */
public final class PostgresUrl {
    private PostgresUrl() {
    }

    /** @throws IllegalArgumentException with a message that never contains the password */
    public static PostgresSettings parse(String url, int poolSize) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("the URL is empty");
        }
        String trimmed = url.trim();
        if (trimmed.startsWith("jdbc:postgresql:")) {
            return new PostgresSettings(trimmed, null, null, poolSize);
        }
        if (!trimmed.startsWith("postgresql://") && !trimmed.startsWith("postgres://")) {
            throw new IllegalArgumentException("expected postgresql://[user[:password]@]host[:port]/database, postgres://… or jdbc:postgresql://…, got "
                    + mask(trimmed));
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URL: " + mask(trimmed));
        }
        String host = uri.getHost();
        String database = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("the URL names no host: " + mask(trimmed));
        }
        if (database.isEmpty()) {
            throw new IllegalArgumentException("the URL names no database: " + mask(trimmed));
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        String jdbcUrl = "jdbc:postgresql://" + hostPart + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "/" + database
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new PostgresSettings(jdbcUrl, user, password, poolSize);
    }

    /** The URL with any password replaced by {@code ****}. */
    public static String mask(String url) {
        if (url == null) {
            return null;
        }
        // Up to the last '@': a password may hold '#', '?' or '/' unencoded; hiding a little too much is the safe error.
        return url.replaceFirst("(://[^:/@?#]*:).*@", "$1****@")
                .replaceAll("(?i)(password=)[^&;]*", "$1****");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
