package dev.agentpane.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.persistence.postgres.PostgresPersistenceConfiguration;
import dev.agentpane.persistence.sqlite.SqlitePersistenceConfiguration;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The SQL of each dialect lives in resources no compiler checks: MyBatis mappers under {@code mybatis/<dialect>/}
 * and Liquibase changelogs under {@code db/changelog/<dialect>/}. These tests keep the two dialects apart (no
 * PostgreSQL syntax in SQLite files and the reverse) and in step (same statements, same changesets, same order).
 */
class DialectResourcesTest {

    /** A database dialect: where its resources live, and which syntax of the other dialect it must not contain. */
    enum Dialect {
        SQLITE(SqlitePersistenceConfiguration.class, "mybatis/sqlite", "db/changelog/sqlite", List.of(
                // PostgreSQL-only. SQLite does support RETURNING, ON CONFLICT (column) and DEFERRABLE: not banned.
                token("jsonb", "\\bjsonb\\b"),
                token("jsonb_… function", "\\bjsonb_\\w+"),
                token("to_jsonb", "\\bto_jsonb\\b"),
                token("timestamptz", "\\btimestamptz\\b"),
                token(":: cast", "::"),
                token("ILIKE", "\\bILIKE\\b"),
                token("SERIAL / BIGSERIAL", "\\b(BIG)?SERIAL\\b"),
                token("now()", "\\bnow\\s*\\(\\s*\\)"),
                token("current_setting", "\\bcurrent_setting\\b"),
                token("ON CONFLICT ON CONSTRAINT", "\\bON\\s+CONFLICT\\s+ON\\s+CONSTRAINT\\b"),
                token("gen_random_uuid", "\\bgen_random_uuid\\b"))),

        POSTGRES(PostgresPersistenceConfiguration.class, "mybatis/postgres", "db/changelog/postgres", List.of(
                // SQLite-only.
                token("json_valid", "\\bjson_valid\\b"),
                token("json(…) call", "\\bjson\\s*\\("),
                token("strftime", "\\bstrftime\\b"),
                token("datetime(…) call", "\\bdatetime\\s*\\("),
                token("sqlite_…", "\\bsqlite_\\w*"),
                token("AUTOINCREMENT", "\\bAUTOINCREMENT\\b"),
                token("PRAGMA", "\\bPRAGMA\\b"),
                token("STRICT", "\\bSTRICT\\b"),
                token("INSERT OR REPLACE / IGNORE", "\\bINSERT\\s+OR\\s+(REPLACE|IGNORE)\\b"),
                token("GLOB", "\\bGLOB\\b")));

        final Class<?> anchor;
        final String mapperFolder;
        final String changelogFolder;
        final List<ForeignToken> foreignTokens;

        Dialect(Class<?> anchor, String mapperFolder, String changelogFolder, List<ForeignToken> foreignTokens) {
            this.anchor = anchor;
            this.mapperFolder = mapperFolder;
            this.changelogFolder = changelogFolder;
            this.foreignTokens = foreignTokens;
        }
    }

    record ForeignToken(String label, Pattern pattern) {
    }

    private static ForeignToken token(String label, String regex) {
        return new ForeignToken(label, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }

    private static final Pattern CHANGESET = Pattern.compile("^--\\s*changeset\\s+(\\S+)", Pattern.MULTILINE);
    private static final Set<String> STATEMENT_ELEMENTS = Set.of("select", "insert", "update", "delete");
    private static final Pattern WRITE = Pattern.compile("\\b(INSERT\\s+INTO|UPDATE\\s+\\w+\\s+SET|DELETE\\s+FROM|MERGE\\s+INTO)\\b",
            Pattern.CASE_INSENSITIVE);

    // ------------------------------------------------------------------------------------------- the pure check

    /**
     * Everything wrong with one resource file of the given dialect, as readable findings; empty when it is clean.
     * {@code ${…}} is banned everywhere: in MyBatis it is raw string substitution (SQL injection), in Liquibase a
     * changelog parameter that makes a shipped changeset depend on the environment.
     */
    static List<String> findings(Dialect dialect, String fileName, String text) {
        List<String> findings = new ArrayList<>();
        if (text.contains("${")) {
            findings.add(fileName + ": contains a ${…} substitution");
        }
        for (ForeignToken token : dialect.foreignTokens) {
            Matcher matcher = token.pattern().matcher(text);
            if (matcher.find()) {
                findings.add(fileName + ": contains " + token.label() + " (\"" + matcher.group()
                        + "\"), which " + dialect + " does not understand");
            }
        }
        return findings;
    }

    @Test
    void the_scanner_reports_a_substitution_and_a_postgresql_token_in_a_sqlite_file() {
        assertThat(findings(Dialect.SQLITE, "Bad.xml", "SELECT * FROM t ORDER BY ${column}"))
                .singleElement().asString().contains("Bad.xml", "${");
        assertThat(findings(Dialect.SQLITE, "0002-bad.sql", "ALTER TABLE t ADD COLUMN c JSONB;"))
                .singleElement().asString().contains("0002-bad.sql", "jsonb");
        assertThat(findings(Dialect.POSTGRES, "0002-bad.sql",
                "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT) STRICT;")).hasSize(2);
    }

    @Test
    void the_scanner_accepts_syntax_both_dialects_share() {
        String shared = "INSERT INTO t (k, v) VALUES (#{k}, #{v}) ON CONFLICT (k) DO UPDATE SET v = excluded.v "
                + "RETURNING *; -- 'now' as a string, DEFERRABLE INITIALLY DEFERRED, json_extract(v, '$.a')";
        assertThat(findings(Dialect.SQLITE, "Shared.xml", shared)).isEmpty();
        assertThat(findings(Dialect.POSTGRES, "Shared.xml", "CAST(#{v} AS jsonb), 'PostgreSQL ' || version()"))
                .isEmpty();
    }

    // ------------------------------------------------------------------------------------------- the real files

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void every_resource_folder_of_a_dialect_is_non_empty(Dialect dialect) {
        assertThat(load(dialect, dialect.mapperFolder)).as(dialect.mapperFolder).isNotEmpty();
        assertThat(load(dialect, dialect.changelogFolder)).as(dialect.changelogFolder).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void no_resource_file_holds_a_substitution_or_the_other_dialects_syntax(Dialect dialect) {
        Map<String, String> files = new TreeMap<>(load(dialect, dialect.mapperFolder));
        files.putAll(load(dialect, dialect.changelogFolder));

        List<String> findings = files.entrySet().stream()
                .flatMap(file -> findings(dialect, file.getKey(), file.getValue()).stream())
                .toList();

        assertThat(findings).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void every_mapper_namespace_names_a_persistence_interface_and_every_statement_one_of_its_methods(
            Dialect dialect) throws Exception {
        for (Map.Entry<String, String> mapper : load(dialect, dialect.mapperFolder).entrySet()) {
            Element root = parseXml(mapper.getValue()).getDocumentElement();
            String namespace = root.getAttribute("namespace");
            assertThat(namespace).as("namespace of %s", mapper.getKey()).startsWith("dev.agentpane.persistence.");

            Class<?> mapperInterface = Class.forName(namespace, false, getClass().getClassLoader());
            Set<String> methods = Arrays.stream(mapperInterface.getMethods())
                    .filter(method -> Modifier.isAbstract(method.getModifiers()))
                    .map(Method::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(statementIds(root)).as("statements of %s", mapper.getKey()).isEqualTo(methods);
        }
    }

    @Test
    void both_dialects_have_the_same_mappers_with_the_same_statements() throws Exception {
        assertThat(statementsByMapper(Dialect.POSTGRES)).isEqualTo(statementsByMapper(Dialect.SQLITE));
    }

    @Test
    void both_changelogs_hold_the_same_changesets_in_the_same_order() throws Exception {
        List<String> sqlite = changesetIds(Dialect.SQLITE);

        assertThat(sqlite).isNotEmpty().doesNotHaveDuplicates();
        assertThat(changesetIds(Dialect.POSTGRES)).isEqualTo(sqlite);
    }

    /**
     * The {@code <select>}s of a mapper that write. The writer takes a select for a read that leaves its transaction as
     * it was (StatementEffects), so a failure after only selects does not undo the other work of its group.
     */
    static List<String> writingSelects(String fileName, String xml) throws Exception {
        List<String> findings = new ArrayList<>();
        NodeList selects = parseXml(xml).getDocumentElement().getElementsByTagName("select");
        for (int i = 0; i < selects.getLength(); i++) {
            Element select = (Element) selects.item(i);
            Matcher write = WRITE.matcher(select.getTextContent());
            if (write.find()) {
                findings.add(fileName + ": <select id=\"" + select.getAttribute("id") + "\"> writes (" + write.group(1) + ")");
            }
        }
        return findings;
    }

    @Test
    void the_select_check_reports_a_select_that_writes_and_accepts_a_locking_read() throws Exception {
        assertThat(writingSelects("Bad.xml", "<mapper><select id=\"bump\">UPDATE projects SET n = n + 1 WHERE id = #{id} "
                + "RETURNING n</select><select id=\"ok\">SELECT id FROM projects FOR UPDATE</select></mapper>"))
                .singleElement().asString().contains("Bad.xml", "bump");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void no_select_of_a_mapper_writes(Dialect dialect) throws Exception {
        List<String> findings = new ArrayList<>();
        for (Map.Entry<String, String> mapper : load(dialect, dialect.mapperFolder).entrySet()) {
            findings.addAll(writingSelects(mapper.getKey(), mapper.getValue()));
        }
        assertThat(findings).isEmpty();
    }

    // ------------------------------------------------------------------------------------------- mappers

    /** Mapper file name → its statement ids. */
    private static Map<String, Set<String>> statementsByMapper(Dialect dialect) throws Exception {
        Map<String, Set<String>> statements = new TreeMap<>();
        for (Map.Entry<String, String> mapper : load(dialect, dialect.mapperFolder).entrySet()) {
            String fileName = mapper.getKey().substring(mapper.getKey().lastIndexOf('/') + 1);
            statements.put(fileName, statementIds(parseXml(mapper.getValue()).getDocumentElement()));
        }
        return statements;
    }

    private static Set<String> statementIds(Element mapper) {
        Set<String> ids = new TreeSet<>();
        NodeList children = mapper.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && STATEMENT_ELEMENTS.contains(element.getTagName())) {
                ids.add(element.getAttribute("id"));
            }
        }
        return ids;
    }

    // ------------------------------------------------------------------------------------------- changelogs

    /**
     * The changeset ids ({@code author:id}) in the order Liquibase applies them: the includes of changelog.xml in
     * document order, and within each file top to bottom. Every .sql file of the folder must be included, since
     * a file Liquibase never reads would be silently ignored.
     */
    private static List<String> changesetIds(Dialect dialect) throws Exception {
        Map<String, String> files = load(dialect, dialect.changelogFolder);
        String master = dialect.changelogFolder + "/changelog.xml";
        assertThat(files).as("changelog files of %s", dialect).containsKey(master);

        Document changelog = parseXml(files.get(master));
        assertThat(changelog.getElementsByTagName("includeAll").getLength())
                .as("%s uses only ordered <include>s", master).isZero();

        List<String> ids = new ArrayList<>();
        Set<String> included = new TreeSet<>();
        NodeList includes = changelog.getElementsByTagName("include");
        for (int i = 0; i < includes.getLength(); i++) {
            Element include = (Element) includes.item(i);
            String file = include.getAttribute("file");
            String path = "true".equals(include.getAttribute("relativeToChangelogFile"))
                    ? dialect.changelogFolder + "/" + file : file;
            assertThat(files).as("%s includes %s", master, path).containsKey(path);
            included.add(path);

            Matcher changeset = CHANGESET.matcher(files.get(path));
            while (changeset.find()) {
                ids.add(changeset.group(1));
            }
        }
        Set<String> sqlFiles = files.keySet().stream().filter(name -> name.endsWith(".sql"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(included).as("files included by %s", master).containsAll(sqlFiles);
        return ids;
    }

    // ------------------------------------------------------------------------------------------- loading

    /**
     * Every file under {@code folder}, by resource name, read through the class loader. The names are listed from
     * the dialect module's own code source: target/classes in the reactor, a jar when the module comes from a
     * repository.
     */
    private static Map<String, String> load(Dialect dialect, String folder) {
        Map<String, String> files = new TreeMap<>();
        for (String name : listFiles(dialect.anchor, folder)) {
            try (InputStream in = dialect.anchor.getClassLoader().getResourceAsStream(name)) {
                assertThat(in).as("%s on the classpath", name).isNotNull();
                files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static List<String> listFiles(Class<?> anchor, String folder) {
        try {
            Path codeSource = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(codeSource)) {
                return listFiles(codeSource, folder);
            }
            try (FileSystem jar = FileSystems.newFileSystem(codeSource)) {
                return listFiles(jar.getPath("/"), folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> listFiles(Path root, String folder) throws IOException {
        Path start = root.resolve(folder);
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(start)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    /** Parses without fetching the MyBatis DTD: the build must not need the network. */
    private static Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(false);
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
