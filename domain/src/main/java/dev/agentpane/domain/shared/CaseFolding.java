package dev.agentpane.domain.shared;

import java.util.Locale;

/**
 * Text compared ignoring case, the same way in every store: folded once in Java, so that SQLite (whose {@code lower}
 * knows ASCII only), PostgreSQL (whose {@code lower} depends on the database's locale) and the in-memory fakes agree.
 */
public final class CaseFolding {
    private CaseFolding() {
    }

    /**
     * Upper-casing first folds the characters that have no single lower-case form ({@code ß} → {@code SS} → {@code ss},
     * {@code ς} → {@code Σ} → {@code σ}); null stays null.
     */
    public static String fold(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
