package dev.agentpane.persistence.template;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements on {@code templates} and {@code template_projects}; each dialect's {@code mybatis/<dialect>/TemplateMapper.xml} holds their SQL. */
@Mapper
public interface TemplateMapper {
    void insert(TemplateRow row);

    int update(TemplateRow row);

    TemplateRow findById(String id);

    /** A null scope or project id does not filter; see {@code TemplateRepository#findRecentlyUpdated}. */
    List<TemplateRow> findRecentlyUpdated(@Param("scope") String scope, @Param("projectId") String projectId,
            @Param("limit") int limit);

    long count(@Param("scope") String scope, @Param("projectId") String projectId);

    List<TemplateRow> findDueForSync(Instant now);

    int deleteById(String id);

    void insertProjectLink(@Param("templateId") String templateId, @Param("projectId") String projectId,
            @Param("createdAt") Instant createdAt);

    void deleteProjectLinks(String templateId);

    /** The links of the given (non-empty list of) templates. */
    List<TemplateProjectLinkRow> findProjectLinks(@Param("templateIds") List<String> templateIds);
}
