package dev.agentpane.domain.shared;

/** Checks on user-given text shared by every aggregate; each failure carries the message the user sees. */
public final class Text {
    private Text() {
    }

    /** Non-blank text of at most {@code maxLength} characters. */
    public static String required(String value, int maxLength, String label) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(label + " is required");
        }
        return maxLength(value, maxLength, label);
    }

    /** Absent (null) or at most {@code maxLength} characters. */
    public static String optional(String value, int maxLength, String label) {
        return value == null ? null : maxLength(value, maxLength, label);
    }

    private static String maxLength(String value, int maxLength, String label) {
        if (value.length() > maxLength) {
            throw new ValidationException(label + " must be at most " + maxLength + " characters");
        }
        return value;
    }

    public static int inRange(int value, int min, int max, String label) {
        if (value < min || value > max) {
            throw new ValidationException(label + " must be between " + min + " and " + max);
        }
        return value;
    }
}
