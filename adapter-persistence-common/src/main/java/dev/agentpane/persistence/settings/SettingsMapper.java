package dev.agentpane.persistence.settings;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements on {@code settings}; each dialect's {@code mybatis/<dialect>/SettingsMapper.xml} holds their SQL. */
@Mapper
public interface SettingsMapper {
    List<SettingRow> findAll();

    List<SettingRow> findByKeys(@Param("keys") Collection<String> keys);

    void upsert(SettingRow row);
}
