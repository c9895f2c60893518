package cn.taizhang.service;

/** A leader on a visit, as the rule of 顶格协调 looks at them: their jurisdiction, and their department if they lead one. */
record VisitingLeader(long id, String name, String jurisdictionCode, Long departmentId) {
}
