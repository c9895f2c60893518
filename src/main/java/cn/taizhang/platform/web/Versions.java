package cn.taizhang.platform.web;

import cn.taizhang.platform.Problem;

/**
 * Optimistic concurrency over HTTP: a record's version is its ETag ({@code "7"}); a change carries the version it read
 * in {@code If-Match}, and a stale one is refused (412) instead of overwriting someone else's change. Plain Java.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    /**
     * The version in {@code If-Match} ({@code "7"}, {@code W/"7"} or {@code 7}); 428 without one, 412 for one that is not a
     * number (it matches no version). {@code what} names the record in the details: "企业".
     */
    public static int expected(String ifMatch, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new Problem(Problem.Kind.VERSION_REQUIRED, "PRECONDITION_REQUIRED", "请在 If-Match 请求头中提供" + what + "的版本（ETag）");
        }
        try {
            return Integer.parseInt(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw stale(what);
        }
    }

    /** 412: someone changed the record since the caller read it. */
    public static Problem stale(String what) {
        return new Problem(Problem.Kind.STALE, "VERSION_MISMATCH", what + "已被他人修改，请刷新后按最新版本重试");
    }
}
