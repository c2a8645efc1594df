package dev.agentpane.bootstrap.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/**
 * A PostgreSQL 18 server for the benchmarks, from the same embedded binaries as the tests but durable: fsync,
 * synchronous_commit and full_page_writes on (the embedded defaults turn them off). Prints the DATABASE_URL, then runs
 * until its standard input closes.
 */
public final class DurablePostgres {
    private DurablePostgres() {
    }

    public static void main(String[] args) throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "200")
                .start()) {
            System.out.println("DATABASE_URL=postgresql://postgres@localhost:" + postgres.getPort() + "/postgres");
            System.out.flush();
            while (System.in.read() >= 0) {
                // keep serving until the benchmark script closes our input
            }
        }
    }
}
