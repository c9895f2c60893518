package cn.taizhang.cases;

/** A registry record a case is about, as the case shows it: its name, its grid and the page that shows it. */
public record CaseSubject(String kind, long id, String name, String gridCode, String path) {
}
