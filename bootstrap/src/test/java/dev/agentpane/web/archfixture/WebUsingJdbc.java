package dev.agentpane.web.archfixture;

import java.sql.Connection;

/** Breaks the web rule: a controller talks JDBC. */
public class WebUsingJdbc {
    private Connection connection;

    public Connection connection() {
        return connection;
    }
}
