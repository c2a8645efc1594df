package dev.agentpane.persistence.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.executor.ErrorContext;
import org.apache.ibatis.session.AutoMappingBehavior;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.LocalCacheScope;
import org.apache.ibatis.type.TypeHandler;
import org.springframework.core.io.Resource;

/**
 * A dialect's mapper XMLs parsed into a MyBatis configuration (statements, result maps, type handlers), not yet bound to
 * a database. Parsing the XMLs is a fifth of the server's start-up on one core (DOM with DTD validation, then XPath per
 * statement) and needs nothing from the database: {@link #parseInBackground} lets it run while the database is opened
 * and migrated and the application context assembled. {@link PersistenceConfiguration} binds the result once.
 */
public final class MapperDefinitions {
    private final CompletableFuture<Configuration> parsed;
    private final AtomicBoolean taken = new AtomicBoolean();

    private MapperDefinitions(CompletableFuture<Configuration> parsed) {
        this.parsed = parsed;
    }

    /** Starts parsing on a thread of its own; {@link PersistenceConfiguration} waits for it when it needs the statements. */
    public static MapperDefinitions parseInBackground(DatabaseDialect dialect) {
        CompletableFuture<Configuration> parsed = new CompletableFuture<>();
        Thread parser = new Thread(() -> {
            try {
                parsed.complete(parse(dialect));
            } catch (RuntimeException | Error e) {
                parsed.completeExceptionally(e);
            }
        }, "agentpane-" + dialect.mode() + "-mapper-parser");
        parser.setDaemon(true);
        parser.start();
        return new MapperDefinitions(parsed);
    }

    /** Parses on the calling thread. */
    public static MapperDefinitions parseNow(DatabaseDialect dialect) {
        return new MapperDefinitions(CompletableFuture.completedFuture(parse(dialect)));
    }

    /**
     * The parsed configuration, waiting for the parser if it is still at work; a mapper XML that does not parse fails
     * here with the parser's own exception. Handed out once: its user binds it to a database.
     */
    public Configuration take() {
        if (!taken.compareAndSet(false, true)) {
            throw new IllegalStateException("These mapper definitions are already bound to a database");
        }
        try {
            return parsed.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e;
        }
    }

    private static Configuration parse(DatabaseDialect dialect) {
        Configuration mybatis = new RecordMappingConfiguration();
        mybatis.setMapUnderscoreToCamelCase(true);
        mybatis.setArgNameBasedConstructorAutoMapping(true);
        mybatis.setAutoMappingBehavior(AutoMappingBehavior.FULL);
        mybatis.setCacheEnabled(false);
        // A read inside a transaction must see what other transactions committed meanwhile (after a lock, say), never a
        // copy of an earlier read of the same transaction: no session-wide result cache.
        mybatis.setLocalCacheScope(LocalCacheScope.STATEMENT);
        for (TypeHandler<?> handler : dialect.typeHandlers()) {
            mybatis.getTypeHandlerRegistry().register(handler);
        }
        for (Resource xml : MapperCatalog.xmlResources(dialect.mode())) {
            try (InputStream in = xml.getInputStream()) {
                new XMLMapperBuilder(in, mybatis, xml.toString(), mybatis.getSqlFragments()).parse();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the mapper XML " + xml, e);
            } finally {
                ErrorContext.instance().reset();
            }
        }
        return mybatis;
    }
}
