package dev.agentpane.persistence.portability;

/** What a copy or an import reports while it runs; the command-line tool prints it. May throw to interrupt the run. */
public interface TransferListener {
    void tableStarted(String table, long sourceRows);

    /** {@code copied} of {@code total} rows of {@code table} are written (and committed, when the copy is resumable). */
    void progress(String table, long copied, long total);

    void tableCopied(String table, long rows, long nanos);

    void tableVerified(String table, long rows, String checksum);

    /** Anything else worth a line: a skipped row, a migrated target, a resumed copy. */
    void note(String message);
}
