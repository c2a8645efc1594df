package dev.agentpane.bootstrap.cli;

import dev.agentpane.bootstrap.ConfigurationException;
import dev.agentpane.persistence.portability.AgentPaneImport;
import dev.agentpane.persistence.portability.DatabaseCopy;
import dev.agentpane.persistence.portability.PortabilityException;
import dev.agentpane.persistence.portability.PortableDatabase;
import dev.agentpane.persistence.portability.SchemaHistory;
import dev.agentpane.persistence.shared.LiquibaseSchemaMigrator;
import dev.agentpane.persistence.shared.LiquibaseSchemaMigrator.ChangeSetId;
import dev.agentpane.persistence.sqlite.SqliteBackup;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar agentpane.jar db <command>}: the database tools. Results go to standard output, progress and
 * errors to standard error, and no line shows a password. Exit status: 0 done, 1 failed or refused (nothing written
 * unless the message says so), 2 wrong options, 3 the copy's verification found a difference.
 */
public final class DbCommand {
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_MISMATCH = 3;
    private static final int DEFAULT_BATCH_SIZE = 10_000;

    static final String USAGE = """
            Usage: java -jar agentpane.jar db <command> [options]
              migrate            bring a database to the current schema and print its version
              status             list the applied and the pending schema changesets
              copy               copy every table between SQLite and PostgreSQL (either way), then verify
              import-agentpane   load a database of the original (TypeScript) AgentPane
              backup             an online, consistent copy of a SQLite database
            Each command takes --help. Without --url (or --to) a command uses the server's database:
            DB_MODE, DB_PATH, DATABASE_URL.""";

    private static final String MIGRATE_USAGE = """
            Usage: java -jar agentpane.jar db migrate [--url <sqlite file | postgres url>]
              Applies the schema changesets the database lacks (creating a SQLite file when missing) and prints
              the schema version.""";
    private static final String STATUS_USAGE = """
            Usage: java -jar agentpane.jar db status [--url <sqlite file | postgres url>]
              Prints the schema version, then one line per changeset: applied (with its date), pending, or unknown
              (applied by a newer AgentPane). Changes nothing.""";
    private static final String COPY_USAGE = """
            Usage: java -jar agentpane.jar db copy --from <sqlite file | postgres url> --to <sqlite file | postgres url>
                   [--clean] [--resume] [--dry-run] [--batch-size <rows>]
              Migrates the target, then copies every table of the source into it (the source must be at the same
              schema version) and verifies row counts and a content checksum of each table on both sides.
              --clean        empty the target first (a target that holds data is refused otherwise)
              --resume       commit in checkpoints; after an interruption, the same command with --resume continues
              --dry-run      copy and verify everything, then roll back
              --batch-size   rows per batch and per checkpoint (default 10000)
              PostgreSQL URLs: postgresql://user:password@host:5432/database, postgres://… or jdbc:postgresql://…""";
    private static final String IMPORT_USAGE = """
            Usage: java -jar agentpane.jar db import-agentpane --from <original agentpane.db> [--to <sqlite file | postgres url>]
                   [--clean] [--dry-run]
              Loads a SQLite database of the original AgentPane (TypeScript) into this server's database (the
              target is migrated first and must be empty unless --clean). Ids are kept; rows that break this
              server's rules (unknown enum values, broken JSON, bad ids or timestamps, references to rows that are
              not there) are skipped and listed with the reason.""";
    private static final String BACKUP_USAGE = """
            Usage: java -jar agentpane.jar db backup --to <new file> [--from <sqlite file>]
              Writes a consistent copy of a SQLite database (VACUUM INTO) while the server may keep running, and
              checks it. Without --from, the server's DB_PATH. For PostgreSQL use pg_dump, or db copy to a SQLite file.""";

    private final Map<String, String> env;
    private final PrintStream out;
    private final Console console;
    private final String name;

    private DbCommand(Map<String, String> env, PrintStream out, PrintStream err, String name) {
        this.env = env;
        this.out = out;
        this.console = new Console(err, "agentpane db " + name + ": ");
        this.name = name;
    }

    /** Runs {@code db <args>}; returns the exit status. */
    public static int run(Map<String, String> env, String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            (args.length == 0 ? err : out).println(USAGE);
            return args.length == 0 ? EXIT_USAGE : 0;
        }
        String name = args[0];
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        String usage = switch (name) {
            case "migrate" -> MIGRATE_USAGE;
            case "status" -> STATUS_USAGE;
            case "copy" -> COPY_USAGE;
            case "import-agentpane" -> IMPORT_USAGE;
            case "backup" -> BACKUP_USAGE;
            default -> null;
        };
        if (usage == null) {
            err.println("agentpane db: unknown command '" + dev.agentpane.persistence.postgres.PostgresUrl.mask(name) + "'");
            err.println(USAGE);
            return EXIT_USAGE;
        }
        if (rest.length > 0 && (rest[0].equals("--help") || rest[0].equals("-h"))) {
            out.println(usage);
            return 0;
        }
        return new DbCommand(env, out, err, name).execute(rest);
    }

    private int execute(String[] args) {
        try {
            switch (name) {
                case "migrate" -> migrate(args);
                case "status" -> status(args);
                case "copy" -> copy(args);
                case "import-agentpane" -> importOriginal(args);
                case "backup" -> backup(args);
                default -> throw new IllegalStateException(name);
            }
            return 0;
        } catch (ConfigurationException e) {
            console.line(e.getMessage());
            return EXIT_USAGE;
        } catch (PortabilityException e) {
            console.line(e.getMessage());
            return e.kind() == PortabilityException.Kind.MISMATCH ? EXIT_MISMATCH : EXIT_FAILED;
        } catch (DatabaseLocation.MissingDatabaseException | LiquibaseSchemaMigrator.SchemaMigrationException e) {
            console.line(e.getMessage());
            return EXIT_FAILED;
        } catch (SQLException | RuntimeException | java.io.IOException e) {
            console.line("failed: " + rootMessage(e));
            return EXIT_FAILED;
        }
    }

    private DatabaseLocation location(CommandArguments arguments, String option) {
        String value = arguments.value(option);
        DatabaseLocation location = value == null ? DatabaseLocation.fromEnvironment(env) : DatabaseLocation.parse(value, option);
        console.hide(location.password());
        return location;
    }

    private void migrate(String[] args) throws SQLException {
        CommandArguments arguments = CommandArguments.parse(name, args, Set.of("--url"), Set.of());
        PortableDatabase database = location(arguments, "--url").forWriting();
        try (Connection connection = open(database)) {
            SchemaHistory.Status before = SchemaHistory.status(connection, database.dialect());
            if (!before.unknown().isEmpty()) {
                throw PortabilityException.refused(database + " has changesets this AgentPane does not know (" + before.unknown()
                        + "): it was written by a newer AgentPane");
            }
            SchemaHistory.Status after = SchemaHistory.migrate(connection, database.dialect());
            out.println(console.masked(database + ": schema version " + after.version() + " (" + after.applied().size()
                    + " changesets, " + before.pending().size() + " applied now)"));
        }
    }

    private void status(String[] args) throws SQLException {
        CommandArguments arguments = CommandArguments.parse(name, args, Set.of("--url"), Set.of());
        PortableDatabase database = location(arguments, "--url").forReading();
        try (Connection connection = open(database)) {
            SchemaHistory.Status status = SchemaHistory.status(connection, database.dialect());
            out.println(console.masked(database + ": schema version " + status.version() + " (" + status.applied().size()
                    + " applied, " + status.pending().size() + " pending)"));
            for (SchemaHistory.Applied applied : status.applied()) {
                String state = status.unknown().contains(applied.changeSet()) ? "unknown " : "applied ";
                out.println(state + " " + applied.changeSet().id() + (applied.appliedAt() == null ? "" : "  " + applied.appliedAt()));
            }
            for (ChangeSetId pending : status.pending()) {
                out.println("pending  " + pending.id());
            }
        }
    }

    private void copy(String[] args) {
        CommandArguments arguments = CommandArguments.parse(name, args, Set.of("--from", "--to", "--batch-size"),
                Set.of("--clean", "--resume", "--dry-run"));
        DatabaseLocation from = DatabaseLocation.parse(arguments.required("--from", "<sqlite file | postgres url>"), "--from");
        DatabaseLocation to = DatabaseLocation.parse(arguments.required("--to", "<sqlite file | postgres url>"), "--to");
        console.hide(from.password());
        console.hide(to.password());
        if (arguments.flag("--dry-run") && arguments.flag("--resume")) {
            throw new ConfigurationException("--dry-run and --resume exclude each other: a dry run commits nothing to resume");
        }
        if (from.description().equals(to.description())) {
            throw new ConfigurationException("--from and --to name the same database");
        }
        int batchSize = batchSize(arguments.value("--batch-size"));
        DatabaseCopy.Options options = new DatabaseCopy.Options(arguments.flag("--clean"), arguments.flag("--dry-run"),
                arguments.flag("--resume"), batchSize);
        PortableDatabase source = from.forReading();
        PortableDatabase target = to.forWriting();
        long started = System.nanoTime();
        ProgressLines progress = new ProgressLines(console);
        DatabaseCopy.Result result = DatabaseCopy.run(source, target, options, progress);
        long rows = result.rows().values().stream().mapToLong(Long::longValue).sum();
        out.println(console.masked((result.committed() ? "copied " : "dry run: would copy ") + result.rows().size() + " tables, "
                + rows + " rows from " + source + " to " + target + " in " + seconds(System.nanoTime() - started)
                + " s; every table verified"));
    }

    private void importOriginal(String[] args) {
        CommandArguments arguments = CommandArguments.parse(name, args, Set.of("--from", "--to"), Set.of("--clean", "--dry-run"));
        DatabaseLocation from = DatabaseLocation.parse(arguments.required("--from", "<path to the original agentpane.db>"), "--from");
        if (!from.isSqlite()) {
            throw new ConfigurationException("--from must be the original AgentPane's SQLite file, got a PostgreSQL URL");
        }
        DatabaseLocation to = location(arguments, "--to");
        PortableDatabase source = from.forReading();
        PortableDatabase target = to.forWriting();
        AgentPaneImport.Result result = AgentPaneImport.run(source, target,
                new AgentPaneImport.Options(arguments.flag("--clean"), arguments.flag("--dry-run")), new ProgressLines(console));
        out.println(console.masked((result.committed() ? "imported " : "dry run: would import ") + result.imported() + " rows from "
                + source + " into " + target + "; skipped " + result.skipped() + ", adjusted " + result.adjusted()));
    }

    private void backup(String[] args) throws SQLException, java.io.IOException {
        CommandArguments arguments = CommandArguments.parse(name, args, Set.of("--from", "--to"), Set.of());
        Path file = Path.of(arguments.required("--to", "<new file>"));
        DatabaseLocation from = location(arguments, "--from");
        if (!from.isSqlite()) {
            throw new ConfigurationException("db backup copies a SQLite database; for PostgreSQL use pg_dump, "
                    + "or db copy --to <sqlite file>");
        }
        from.forReading();
        try {
            SqliteBackup.Result result = SqliteBackup.backup(from.sqliteFile(), file);
            out.println("backed up " + from.description() + " to " + result.file() + " (" + result.bytes() + " bytes, integrity ok)");
        } catch (IllegalStateException e) {
            throw PortabilityException.failed(e.getMessage());
        }
    }

    private static Connection open(PortableDatabase database) {
        try {
            return database.open();
        } catch (SQLException e) {
            throw PortabilityException.failed("Cannot reach " + database + ": " + rootMessage(e));
        }
    }

    private static int batchSize(String value) {
        if (value == null) {
            return DEFAULT_BATCH_SIZE;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= 1 && parsed <= 1_000_000) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ConfigurationException("--batch-size must be an integer from 1 to 1000000, got '" + value + "'");
    }

    static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
    }

    static String rootMessage(Throwable failure) {
        return dev.agentpane.bootstrap.AgentPaneMain.rootMessage(failure);
    }

    /** Lines on standard error with the command's prefix; URLs' passwords and every known password replaced by ****. */
    static final class Console {
        private final PrintStream err;
        private final String prefix;
        private final List<String> secrets = new ArrayList<>();

        Console(PrintStream err, String prefix) {
            this.err = err;
            this.prefix = prefix;
        }

        void hide(String secret) {
            if (secret != null && !secret.isEmpty()) {
                secrets.add(secret);
            }
        }

        String masked(String text) {
            String masked = dev.agentpane.persistence.postgres.PostgresUrl.mask(text);
            for (String secret : secrets) {
                masked = masked.replace(secret, "****");
            }
            return masked;
        }

        void line(String message) {
            err.println(masked(prefix + message));
        }
    }
}
