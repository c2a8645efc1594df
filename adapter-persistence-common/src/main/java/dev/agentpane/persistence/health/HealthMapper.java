package dev.agentpane.persistence.health;

import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface HealthMapper {
    /** The database product and version, such as {@code SQLite 3.54.1} or {@code PostgreSQL 18.1}. */
    String databaseVersion();
}
