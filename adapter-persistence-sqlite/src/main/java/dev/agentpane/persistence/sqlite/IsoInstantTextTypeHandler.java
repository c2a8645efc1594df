package dev.agentpane.persistence.sqlite;

import dev.agentpane.domain.shared.InstantText;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.MappedTypes;

/**
 * Instants as ISO-8601 UTC text with milliseconds ({@code 2026-01-02T03:04:05.678Z}), which sorts lexically in time
 * order. Reads also accept SQLite's {@code datetime('now')} form ({@code 2026-01-02 03:04:05}), which the original
 * wrote as a column default.
 */
@MappedTypes(Instant.class)
public class IsoInstantTextTypeHandler extends BaseTypeHandler<Instant> {
    private static final DateTimeFormatter SQLITE_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]");

    public static String format(Instant instant) {
        return InstantText.format(instant);
    }

    public static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return InstantText.parse(text);
        } catch (DateTimeParseException notIso) {
            return LocalDateTime.parse(text, SQLITE_DATETIME).toInstant(ZoneOffset.UTC);
        }
    }

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, Instant parameter, JdbcType jdbcType) throws SQLException {
        ps.setString(i, format(parameter));
    }

    @Override
    public Instant getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return parse(rs.getString(columnName));
    }

    @Override
    public Instant getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return parse(rs.getString(columnIndex));
    }

    @Override
    public Instant getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return parse(cs.getString(columnIndex));
    }
}
