package dev.agentpane.bootstrap.cli;

import dev.agentpane.persistence.portability.TransferListener;

/** A copy's or an import's progress as lines on standard error: one per table, and one every two seconds in a long table. */
final class ProgressLines implements TransferListener {
    private static final long EVERY_NANOS = 2_000_000_000L;
    private final DbCommand.Console console;
    private long tableStarted;
    private long lastLine;

    ProgressLines(DbCommand.Console console) {
        this.console = console;
    }

    @Override
    public void tableStarted(String table, long sourceRows) {
        tableStarted = System.nanoTime();
        lastLine = tableStarted;
    }

    @Override
    public void progress(String table, long copied, long total) {
        long now = System.nanoTime();
        if (now - lastLine >= EVERY_NANOS) {
            lastLine = now;
            console.line(table + ": " + copied + " of " + total + " rows (" + rate(copied, now - tableStarted) + " rows/s)");
        }
    }

    @Override
    public void tableCopied(String table, long rows, long nanos) {
        console.line(table + ": " + rows + " rows in " + DbCommand.seconds(nanos) + " s (" + rate(rows, nanos) + " rows/s)");
    }

    @Override
    public void tableVerified(String table, long rows, String checksum) {
        console.line("verified " + table + ": " + rows + " rows, checksum " + checksum);
    }

    @Override
    public void note(String message) {
        console.line(message);
    }

    private static long rate(long rows, long nanos) {
        return nanos <= 0 ? rows : Math.round(rows / (nanos / 1e9));
    }
}
