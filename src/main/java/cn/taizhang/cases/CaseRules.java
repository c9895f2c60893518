package cn.taizhang.cases;

import cn.taizhang.cases.bulk.TypeRule;
import cn.taizhang.cases.catalogue.CaseTypes;
import cn.taizhang.cases.catalogue.Units;
import cn.taizhang.organisation.Department;
import java.util.List;
import org.springframework.stereotype.Service;

/** The case types' rules and the responsible unit as reporting picks it, for tools that play cases outside the engine. */
@Service
public class CaseRules {

    private final CaseTypes types;
    private final Units units;

    CaseRules(CaseTypes types, Units units) {
        this.types = types;
        this.units = units;
    }

    /** Every type's rules, in catalogue order. */
    public List<TypeRule> types() {
        return types.all().stream()
                .map(t -> new TypeRule(t.code(), t.responsibility(), t.verificationRequired(), t.superviseAfterDays(),
                        t.severities().stream().map(s -> new TypeRule.Severity(s.code(), s.deadlineDays(), s.requiresPlan())).toList()))
                .toList();
    }

    /** The unit the rules suggest for a report ("管行业必须管安全"); null if they name none or the type is unknown. */
    public Long suggestedUnit(String type, String sector, String gridCode) {
        return types.find(type).flatMap(t -> units.suggested(t, sector, gridCode)).map(Department::id).orElse(null);
    }
}
