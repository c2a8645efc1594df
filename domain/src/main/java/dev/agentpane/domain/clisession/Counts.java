package dev.agentpane.domain.clisession;

import dev.agentpane.domain.shared.ValidationException;

/** Range checks on the numbers the CLI monitor daemon reports. */
final class Counts {
    private Counts() {
    }

    static long notNegative(long value, String label) {
        if (value < 0) {
            throw new ValidationException(label + " must not be negative");
        }
        return value;
    }

    static double fraction(double value, String label) {
        if (!(value >= 0 && value <= 1)) {
            throw new ValidationException(label + " must be between 0 and 1");
        }
        return value;
    }
}
