package dev.agentpane.persistence.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The changeset ids of a changelog as Liquibase records them ({@code author:id}), read from its files without
 * Liquibase: the master {@code changelog.xml} includes formatted-SQL files, each changeset starts with a
 * {@code --changeset author:id} line.
 */
public final class ChangelogIds {
    private static final Pattern INCLUDE = Pattern.compile("<include\\s+file=\"([^\"]+)\"");
    private static final Pattern CHANGESET = Pattern.compile("^--\\s*changeset\\s+([^:\\s]+):(\\S+)", Pattern.MULTILINE);

    private ChangelogIds() {
    }

    /** The changelog's changesets in order; {@code changelogPath} is a class-path resource. */
    public static Set<String> of(String changelogPath) {
        String folder = changelogPath.substring(0, changelogPath.lastIndexOf('/') + 1);
        Set<String> ids = new LinkedHashSet<>();
        Matcher include = INCLUDE.matcher(resource(changelogPath));
        while (include.find()) {
            Matcher changeset = CHANGESET.matcher(resource(folder + include.group(1)));
            while (changeset.find()) {
                ids.add(changeset.group(1) + ":" + changeset.group(2));
            }
        }
        return ids;
    }

    /** True when the database records every changeset of the changelog as applied; false when in doubt. */
    public static boolean allApplied(DataSource dataSource, String changelogPath) {
        Set<String> expected = of(changelogPath);
        if (expected.isEmpty()) {
            return false;
        }
        Set<String> applied = new HashSet<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT author, id FROM databasechangelog")) {
            while (rows.next()) {
                applied.add(rows.getString(1) + ":" + rows.getString(2));
            }
        } catch (SQLException noChangelogTableYet) {
            return false;
        }
        return applied.containsAll(expected);
    }

    private static String resource(String path) {
        try (InputStream in = ChangelogIds.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Changelog resource missing: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
