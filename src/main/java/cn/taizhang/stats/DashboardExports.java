package cn.taizhang.stats;

import cn.taizhang.cases.CaseIndicator;
import cn.taizhang.cases.Counts;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.excel.ExcelSheet;
import cn.taizhang.platform.excel.Share;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboard's tables as Excel sheets, for the period shown (this year to today by default). */
@Controller
class DashboardExports {

    private final ChildAreas children;
    private final Whose whose;

    DashboardExports(ChildAreas children, Whose whose) {
        this.children = children;
        this.whose = whose;
    }

    /** The table of child areas in code order, with the area's total. */
    @GetMapping("/dashboard/children.xlsx")
    ResponseEntity<byte[]> children(@RequestParam(required = false) String area, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Scope scope) {
        ChildAreas.Selected s = children.select(area, from, to, scope);
        Map<String, Counts> byChild = children.figures(s, scope);
        List<List<Object>> rows = new ArrayList<>();
        Counts total = Counts.ZERO;
        for (Map.Entry<String, String> child : children.names(s, scope).entrySet()) {
            Counts counts = byChild.getOrDefault(child.getKey(), Counts.ZERO);
            rows.add(row(List.of(child.getKey(), child.getValue()), counts));
            total = total.plus(counts);
        }
        rows.add(row(List.of(s.area().code(), "合计"), total));
        List<String> headers = new ArrayList<>(List.of("区划代码", "区域"));
        DashboardFigures.TABLE.forEach(f -> headers.add(f.label()));
        return ExcelSheet.download(whose.figures(s.area().name(), scope) + "统计（" + s.params().from() + "至" + s.params().to() + "）.xlsx", "下级区域统计",
                headers, rows);
    }

    /** The ranking of the child areas by one figure ({@code by}, e.g. closureRate), with the period in every row. */
    @GetMapping("/dashboard/ranking.xlsx")
    ResponseEntity<byte[]> ranking(@RequestParam(required = false) String area, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String by, Scope scope) {
        ChildAreas.Selected s = children.select(area, from, to, scope);
        CaseIndicator figure = DashboardFigures.rankable(by);
        String period = s.params().from() + " 至 " + s.params().to();
        List<List<Object>> rows = new ArrayList<>();
        for (Ranking.Row r : Ranking.of(children.names(s, scope), children.figures(s, scope), figure)) {
            rows.add(row(Arrays.asList(r.rank() == null ? "不参与排名" : r.rank(), r.code(), r.name(),
                    figure.rate() ? new Share(figure.value(r.counts())) : figure.numerator(r.counts()), period), r.counts()));
        }
        List<String> headers = new ArrayList<>(List.of("名次", "区划代码", "区域", figure.label(), "统计期间"));
        DashboardFigures.TABLE.forEach(f -> headers.add(f.label()));
        return ExcelSheet.download(whose.figures(s.area().name(), scope) + "下级区域" + figure.label() + "排名（" + s.params().from() + "至" + s.params().to()
                + "）.xlsx", figure.label() + "排名", headers, rows);
    }

    private static List<Object> row(List<Object> head, Counts c) {
        List<Object> row = new ArrayList<>(head);
        DashboardFigures.TABLE.forEach(f -> row.add(f.rate() ? new Share(f.value(c)) : f.numerator(c)));
        return row;
    }
}
