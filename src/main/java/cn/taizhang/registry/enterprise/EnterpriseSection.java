package cn.taizhang.registry.enterprise;

import cn.taizhang.platform.Scope;
import java.time.LocalDate;
import java.util.List;

/**
 * A section another module adds to an enterprise's page (执法 adds its actions and candidates), without the registry
 * knowing its tables: implement this as a Spring bean. Sections show in their {@code @Order}, each only when it has lines.
 */
public interface EnterpriseSection {

    /** One line of a section: a date, what happened, and where to read more (may be null). */
    record Line(LocalDate date, String text, String state, String href) {
    }

    /** A section as the page shows it. */
    record Shown(String heading, List<Line> lines) {
    }

    String heading();

    /** The lines the caller may see about the enterprise, the latest first. */
    List<Line> lines(long enterpriseId, Scope scope);
}
