package dev.agentpane.domain.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;

/**
 * The one text form of an instant, on the wire and in SQLite: ISO-8601 UTC with milliseconds
 * ({@code 2026-01-02T03:04:05.678Z}, like JavaScript's {@code toISOString}), which sorts lexically in time order.
 *
 * <p>Every board read formats and parses four of these per card, so the common form (years 0000..9999) is written and
 * read by hand: {@link DateTimeFormatter} costs several times more. Anything else goes through the JDK's formatter.
 */
public final class InstantText {
    private static final DateTimeFormatter ISO_MILLIS = new DateTimeFormatterBuilder().appendInstant(3).toFormatter();
    private static final int LENGTH = 24;
    private static final long SECONDS_PER_DAY = 86_400;

    private InstantText() {
    }

    /** {@code instant} truncated to milliseconds, as text; null for null. */
    public static String format(Instant instant) {
        if (instant == null) {
            return null;
        }
        long days = Math.floorDiv(instant.getEpochSecond(), SECONDS_PER_DAY);
        int secondOfDay = (int) Math.floorMod(instant.getEpochSecond(), SECONDS_PER_DAY);
        LocalDate date = LocalDate.ofEpochDay(days);
        if (date.getYear() < 0 || date.getYear() > 9999) {
            return ISO_MILLIS.format(instant);
        }
        char[] text = new char[LENGTH];
        digits(text, 0, date.getYear(), 4);
        text[4] = '-';
        digits(text, 5, date.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, date.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, secondOfDay / 3600, 2);
        text[13] = ':';
        digits(text, 14, secondOfDay / 60 % 60, 2);
        text[16] = ':';
        digits(text, 17, secondOfDay % 60, 2);
        text[19] = '.';
        digits(text, 20, instant.getNano() / 1_000_000, 3);
        text[23] = 'Z';
        return new String(text);
    }

    /**
     * The instant an ISO-8601 text names; null for null.
     *
     * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
     */
    public static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        Instant common = parseCommonForm(text);
        return common != null ? common : Instant.parse(text);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss.SSSZ} read by hand; null when the text has another form or names no valid time. */
    private static Instant parseCommonForm(String text) {
        if (text.length() != LENGTH || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != '.' || text.charAt(23) != 'Z') {
            return null;
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 2);
        int day = number(text, 8, 2);
        int hour = number(text, 11, 2);
        int minute = number(text, 14, 2);
        int second = number(text, 17, 2);
        int millis = number(text, 20, 3);
        if ((year | month | day | hour | minute | second | millis) < 0 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second, millis * 1_000_000L);
        } catch (DateTimeException invalidDate) {
            return null;
        }
    }

    /** The decimal number of {@code length} digits at {@code start}, or -1 when one of them is not a digit. */
    private static int number(String text, int start, int length) {
        int value = 0;
        for (int i = start; i < start + length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void digits(char[] text, int start, int value, int length) {
        for (int i = start + length - 1; i >= start; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
