package dev.agentpane.domain.shared;

import java.util.Objects;

/**
 * A plaintext secret (an API key, a token) on its way to being encrypted or to the code that uses it. It never prints
 * itself: {@link #toString()} and therefore every log line, exception message or record that holds one show a
 * placeholder. Only {@link #reveal()} gives the text, for the cipher and for the client of the external service.
 */
public final class Secret {
    /** What clients see instead of a secret of at most {@value #SHORT_SECRET_LENGTH} characters: eight bullets. */
    public static final String HIDDEN = "••••••••";
    static final int SHORT_SECRET_LENGTH = 12;
    private static final int SHOWN_AT_EACH_END = 4;

    private final String plaintext;

    private Secret(String plaintext) {
        this.plaintext = Objects.requireNonNull(plaintext, "plaintext");
    }

    public static Secret of(String plaintext) {
        return new Secret(plaintext);
    }

    public String reveal() {
        return plaintext;
    }

    /** Characters, counted as code points so that no character is cut in half. */
    public int length() {
        return plaintext.codePointCount(0, plaintext.length());
    }

    public boolean startsWith(String prefix) {
        return plaintext.startsWith(prefix);
    }

    /**
     * The display form (reference §4.10): eight bullets for a secret of at most 12 characters, else its first four
     * characters, eight bullets and its last four.
     */
    public String masked() {
        int length = length();
        if (length <= SHORT_SECRET_LENGTH) {
            return HIDDEN;
        }
        int headEnd = plaintext.offsetByCodePoints(0, SHOWN_AT_EACH_END);
        int tailStart = plaintext.offsetByCodePoints(0, length - SHOWN_AT_EACH_END);
        return plaintext.substring(0, headEnd) + HIDDEN + plaintext.substring(tailStart);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.plaintext.equals(plaintext);
    }

    @Override
    public int hashCode() {
        return plaintext.hashCode();
    }

    @Override
    public String toString() {
        return "Secret[hidden]";
    }
}
