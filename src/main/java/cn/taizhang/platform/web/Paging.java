package cn.taizhang.platform.web;

import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import java.util.ArrayList;
import java.util.List;

/** A checked page request: {@code page} from 0, {@code size} from 1 to {@link #MAX_SIZE}. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 500;

    public static Paging of(Integer page, Integer size, int defaultSize) {
        int p = page == null ? 0 : page;
        int s = size == null ? defaultSize : size;
        List<FieldProblem> problems = new ArrayList<>();
        if (p < 0) {
            problems.add(new FieldProblem("page", "OUT_OF_RANGE", "page 不能小于 0"));
        }
        if (s < 1 || s > MAX_SIZE) {
            problems.add(new FieldProblem("size", "OUT_OF_RANGE", "size 须在 1 到 " + MAX_SIZE + " 之间"));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return new Paging(p, s);
    }

    public int offset() {
        return page * size;
    }
}
