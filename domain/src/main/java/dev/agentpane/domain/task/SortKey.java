package dev.agentpane.domain.task;

import dev.agentpane.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keys that order the cards of a column: strings over {@code 0-9A-Za-z}, compared byte by byte, read as base-62
 * fractions {@code 0.d1d2d3…}. A key never ends with the digit 0, so between any two keys there is always another:
 * placing a card anywhere writes that one card only, and the dense 0..n-1 position the API shows is derived from the
 * order of the keys when reading.
 */
public final class SortKey {
    static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int BASE = DIGITS.length();
    /**
     * The longest key a card is given without first spreading its column's keys out again ({@link #spread}). Placing
     * cards again and again into the same few gaps lengthens keys by about one character per six placements; unbounded,
     * they reach hundreds of characters within minutes of busy use, and every comparison and index entry pays for it.
     */
    public static final int LONGEST = 12;
    /** Room {@link #spread} leaves between neighbours: about twelve placements into one gap before it needs a longer key. */
    private static final long SPREAD_GAP = (long) BASE * BASE;

    private SortKey() {
    }

    /** The key of a card in an empty column. */
    public static String first() {
        return between(null, null);
    }

    /**
     * A key strictly between {@code before} and {@code after}; null stands for the open end. Between two keys it is
     * the shortest one near their middle; after the last or before the first it is the next or previous key of the same
     * length where there is one, so that appending or prepending card after card lengthens keys only logarithmically.
     *
     * @throws ValidationException when a key is malformed or {@code before} does not sort before {@code after}
     */
    public static String between(String before, String after) {
        requireWellFormed(before);
        requireWellFormed(after);
        String low = before == null ? "" : before;
        if (after != null && low.compareTo(after) >= 0) {
            throw new ValidationException("Sort key " + before + " does not sort before " + after);
        }
        if (before != null && after == null) {
            return increment(before);
        }
        if (before == null && after != null) {
            return decrement(after);
        }
        return midpoint(low, after);
    }

    /** Whether a card given {@code key} should have its column's keys spread out first: see {@link #LONGEST}. */
    public static boolean isTooLong(String key) {
        return key.length() > LONGEST;
    }

    /**
     * {@code count} keys in increasing order, evenly spaced over the whole range and all of the same, shortest length
     * that leaves {@code 62²} free keys between neighbours (three characters for a column of 40 cards, five for 50,000).
     */
    public static List<String> spread(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count " + count);
        }
        int length = 1;
        long range = BASE;
        while (range / (count + 1L) < SPREAD_GAP) {
            length++;
            range *= BASE;
        }
        long step = range / (count + 1L);
        List<String> keys = new ArrayList<>(count);
        char[] digits = new char[length];
        for (long i = 1; i <= count; i++) {
            long value = i * step;
            for (int d = length - 1; d >= 0; d--) {
                digits[d] = DIGITS.charAt((int) (value % BASE));
                value /= BASE;
            }
            int end = length;
            while (digits[end - 1] == DIGITS.charAt(0)) {
                end--; // trailing zeros change neither the value nor the byte order, and a key must not end with one
            }
            keys.add(new String(digits, 0, end));
        }
        return keys;
    }

    /**
     * The next key after {@code key}: the same number of digits plus one (skipping a result that ends in 0). Only the
     * largest key of its length, all {@code z}, has no such successor; it is followed by itself and a block of
     * {@code 1}s one longer than itself, which opens a run of 61^(n+1) keys of the new length. Lengths therefore grow
     * with the logarithm of the number of cards appended (1, 3, 7, 15 … characters), not linearly: a column of a
     * million appended cards has keys of seven characters.
     */
    private static String increment(String key) {
        char[] digits = key.toCharArray();
        for (int i = digits.length - 1; i >= 0; i--) {
            int digit = DIGITS.indexOf(digits[i]);
            if (digit < BASE - 1) {
                digits[i] = DIGITS.charAt(digit + 1);
                for (int j = i + 1; j < digits.length; j++) {
                    digits[j] = DIGITS.charAt(0);
                }
                String next = new String(digits);
                return next.endsWith("0") ? next.substring(0, next.length() - 1) + DIGITS.charAt(1) : next;
            }
        }
        return key + String.valueOf(DIGITS.charAt(1)).repeat(key.length() + 1);
    }

    /**
     * A key before {@code key}: the same number of digits minus one, skipping results that end in 0 (the key stays above
     * zero). The smallest key of its length, 0…01, is preceded by zeros one longer than itself followed by a block of
     * {@code z}s one longer again, so that prepending also lengthens keys logarithmically.
     */
    private static String decrement(String key) {
        char[] digits = key.toCharArray();
        for (int i = digits.length - 1; i >= 0; i--) {
            int digit = DIGITS.indexOf(digits[i]);
            if (digit > 0) {
                digits[i] = DIGITS.charAt(digit - 1);
                for (int j = i + 1; j < digits.length; j++) {
                    digits[j] = DIGITS.charAt(BASE - 1);
                }
                String previous = new String(digits);
                if (previous.chars().allMatch(c -> c == DIGITS.charAt(0))) {
                    break; // key was 0…01: nothing smaller of this length
                }
                return previous.endsWith("0") ? decrement(previous) : previous;
            }
        }
        return String.valueOf(DIGITS.charAt(0)).repeat(key.length()) + String.valueOf(DIGITS.charAt(BASE - 1)).repeat(key.length() + 1);
    }

    /** {@code low} may be empty (zero); {@code high} null is one. */
    private static String midpoint(String low, String high) {
        if (high != null) {
            int common = 0;
            while (common < high.length() && digitAt(low, common) == high.charAt(common)) {
                common++;
            }
            if (common > 0) {
                return high.substring(0, common)
                        + midpoint(common < low.length() ? low.substring(common) : "", high.substring(common));
            }
        }
        int lowDigit = low.isEmpty() ? 0 : DIGITS.indexOf(low.charAt(0));
        int highDigit = high == null ? BASE : DIGITS.indexOf(high.charAt(0));
        if (highDigit - lowDigit > 1) {
            return String.valueOf(DIGITS.charAt((lowDigit + highDigit + 1) / 2));
        }
        if (high != null && high.length() > 1) {
            // high's first digit alone sorts after low and before high itself.
            return high.substring(0, 1);
        }
        return DIGITS.charAt(lowDigit) + midpoint(low.isEmpty() ? "" : low.substring(1), null);
    }

    private static char digitAt(String key, int index) {
        return index < key.length() ? key.charAt(index) : DIGITS.charAt(0);
    }

    public static void requireWellFormed(String key) {
        if (key == null) {
            return;
        }
        if (key.isEmpty() || key.charAt(key.length() - 1) == DIGITS.charAt(0)) {
            throw new ValidationException("Sort key '" + key + "' is empty or ends with 0");
        }
        for (int i = 0; i < key.length(); i++) {
            if (DIGITS.indexOf(key.charAt(i)) < 0) {
                throw new ValidationException("Sort key '" + key + "' has a character outside 0-9A-Za-z");
            }
        }
    }
}
