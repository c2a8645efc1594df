package dev.agentpane.persistence.portability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Finds a row by its canonical key on both sides and names the first column whose canonical values differ. */
final class RowComparison {
    private static final int SHOWN = 60;

    private RowComparison() {
    }

    /** {@code "; column c: source 'x', target 'y'"}, or empty when the row is on one side only. */
    static String describe(Connection from, CopyDialect sourceDialect, Connection to, CopyDialect targetDialect, Table table,
            TableDigest.Difference difference) throws SQLException {
        if (difference == null || !difference.problem().equals("differs")) {
            return "";
        }
        List<String> expected = find(from, sourceDialect, table, difference.key());
        List<String> actual = find(to, targetDialect, table, difference.key());
        if (expected == null || actual == null) {
            return "";
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!Objects.equals(expected.get(i), actual.get(i))) {
                return "; column " + table.columns().get(i).name() + ": source " + shown(expected.get(i)) + ", target " + shown(actual.get(i));
            }
        }
        return "";
    }

    private static List<String> find(Connection connection, CopyDialect dialect, Table table, String key) throws SQLException {
        List<Integer> keyPositions = table.primaryKey().stream()
                .map(name -> table.columns().indexOf(table.column(name).orElseThrow())).toList();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT " + table.columnList() + " FROM " + table.name())) {
            while (rows.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < table.columns().size(); i++) {
                    values.add(CanonicalForm.of(table.columns().get(i).type(), dialect.read(rows, i + 1, table.columns().get(i).type())));
                }
                if (CanonicalForm.key(keyPositions.stream().map(values::get).toList()).equals(key)) {
                    return values;
                }
            }
        }
        return null;
    }

    private static String shown(String value) {
        if (value == null) {
            return "NULL";
        }
        return "'" + (value.length() > SHOWN ? value.substring(0, SHOWN) + "…" : value) + "'";
    }
}
