package dev.agentpane.application.port.out;

import dev.agentpane.application.port.in.health.DatabaseHealth;

/** Asks the database for a sign of life; never throws. */
public interface DatabaseHealthPort {
    DatabaseHealth check();
}
