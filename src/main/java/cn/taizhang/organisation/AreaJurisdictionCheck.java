package cn.taizhang.organisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class AreaJurisdictionCheck implements JurisdictionCheck {

    private final JdbcClient jdbc;

    AreaJurisdictionCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean exists(String areaCode) {
        return jdbc.sql("SELECT count(*) FROM area WHERE code = :code").param("code", areaCode).query(Long.class).single() > 0;
    }
}
