package cn.taizhang.registry.project;

import java.util.function.Predicate;

/** The roll-up's query parameters: the list's without {@code q}, checked alike. */
record ProjectSummaryQuery(String area, String kind, Integer year, String status) {

    ProjectFilter filter(Predicate<String> kindKnown) {
        return ProjectQuery.check(null, area, kind, year, status, kindKnown);
    }
}
