package dev.agentpane.persistence.portability;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A table's content in a form that two databases can compare: for each row its canonical key and a hash of its
 * canonical values (columns by name, so column order does not matter), sorted by key in Java, and one checksum over
 * all of them. The sort is Java's, not a database collation's, so both sides agree on it.
 */
public final class TableDigest {
    private final String table;
    private final List<Entry> entries;
    private final String checksum;

    record Entry(String key, long high, long low) {
    }

    private TableDigest(String table, List<Entry> entries) {
        this.table = table;
        this.entries = entries;
        MessageDigest digest = sha256();
        ByteBuffer hashes = ByteBuffer.allocate(16);
        for (Entry entry : entries) {
            digest.update(entry.key().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            hashes.clear();
            hashes.putLong(entry.high()).putLong(entry.low());
            digest.update(hashes.array());
        }
        this.checksum = HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    public String table() {
        return table;
    }

    public long rows() {
        return entries.size();
    }

    /** The first 16 hex digits of a SHA-256 over the sorted keys and row hashes. */
    public String checksum() {
        return checksum;
    }

    /** Reads and digests every row of {@code table}. */
    public static TableDigest read(Connection connection, CopyDialect dialect, Table table) throws SQLException {
        Builder builder = new Builder(table);
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(5_000);
            try (ResultSet rows = statement.executeQuery("SELECT " + table.columnList() + " FROM " + table.name())) {
                Object[] row = new Object[table.columns().size()];
                while (rows.next()) {
                    for (int i = 0; i < row.length; i++) {
                        row[i] = dialect.read(rows, i + 1, table.columns().get(i).type());
                    }
                    builder.add(row);
                }
            }
        }
        return builder.build();
    }

    /** The first row that differs between two digests of one table: its canonical key and how it differs. */
    public record Difference(String key, String problem) {
        @Override
        public String toString() {
            return "row " + key + " " + problem;
        }
    }

    /** The first row, in key order, that differs between {@code this} (the source) and {@code other} (the target); null when none does. */
    public Difference firstDifference(TableDigest other) {
        int i = 0;
        int j = 0;
        while (i < entries.size() || j < other.entries.size()) {
            Entry mine = i < entries.size() ? entries.get(i) : null;
            Entry theirs = j < other.entries.size() ? other.entries.get(j) : null;
            int order = mine == null ? 1 : theirs == null ? -1 : mine.key().compareTo(theirs.key());
            if (order < 0) {
                return new Difference(mine.key(), "is missing in the target");
            }
            if (order > 0) {
                return new Difference(theirs.key(), "is in the target only");
            }
            if (mine.high() != theirs.high() || mine.low() != theirs.low()) {
                return new Difference(mine.key(), "differs");
            }
            i++;
            j++;
        }
        return null;
    }

    /** Digests rows one by one, as a copy reads them. */
    public static final class Builder {
        private final Table table;
        private final List<Column> columnsByName;
        private final int[] positionByName;
        private final byte[][] namesInUtf8;
        private final byte[] length = new byte[4];
        private final int[] keyPositions;
        private final List<Entry> entries = new ArrayList<>();
        private final MessageDigest digest = sha256();
        private final List<String> keyValues = new ArrayList<>();

        public Builder(Table table) {
            this.table = table;
            List<Column> columns = table.columns();
            this.columnsByName = columns.stream().sorted(Comparator.comparing(Column::name)).toList();
            this.positionByName = columnsByName.stream().mapToInt(columns::indexOf).toArray();
            this.namesInUtf8 = columnsByName.stream().map(column -> column.name().getBytes(StandardCharsets.UTF_8))
                    .toArray(byte[][]::new);
            this.keyPositions = table.primaryKey().stream()
                    .mapToInt(name -> columns.indexOf(table.column(name).orElseThrow()))
                    .toArray();
        }

        /** Adds a row whose values are in {@code table}'s column order. */
        public void add(Object[] row) {
            keyValues.clear();
            for (int position : keyPositions) {
                keyValues.add(CanonicalForm.of(table.columns().get(position).type(), row[position]));
            }
            for (int i = 0; i < columnsByName.size(); i++) {
                Column column = columnsByName.get(i);
                String value = CanonicalForm.of(column.type(), row[positionByName[i]]);
                digest.update(namesInUtf8[i]);
                if (value == null) {
                    digest.update((byte) 0);
                } else {
                    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                    digest.update((byte) 1);
                    ByteBuffer.wrap(length).putInt(bytes.length);
                    digest.update(length);
                    digest.update(bytes);
                }
            }
            ByteBuffer hash = ByteBuffer.wrap(digest.digest());
            entries.add(new Entry(CanonicalForm.key(keyValues), hash.getLong(), hash.getLong()));
        }

        public TableDigest build() {
            entries.sort(Comparator.comparing(Entry::key));
            return new TableDigest(table.name(), entries);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
