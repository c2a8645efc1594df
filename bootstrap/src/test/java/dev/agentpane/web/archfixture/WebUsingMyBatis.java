package dev.agentpane.web.archfixture;

import org.apache.ibatis.session.SqlSessionFactory;

/** Breaks the web rule: a controller opens MyBatis sessions. */
public class WebUsingMyBatis {
    private SqlSessionFactory sessions;

    public SqlSessionFactory sessions() {
        return sessions;
    }
}
