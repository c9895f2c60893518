package cn.taizhang.organisation;

import cn.taizhang.platform.excel.ExcelSheet;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;

/** The staff list as an Excel ledger, the same for the API and the page. */
final class StaffLedger {

    static final int MAX_ROWS = 100_000;

    private static final List<String> HEADERS = List.of("用户名", "姓名", "电话", "角色", "辖区代码", "辖区", "所属部门", "状态");

    private StaffLedger() {
    }

    static ResponseEntity<byte[]> download(List<StaffMember> members, Map<String, String> areaNames) {
        List<List<Object>> rows = members.stream().map(m -> List.<Object>of(m.username(), m.name(),
                m.phone() == null ? "" : m.phone(),
                String.join("、", m.roles().stream().map(Role::label).toList()),
                m.jurisdictionCode(), areaNames.getOrDefault(m.jurisdictionCode(), ""), m.departmentName() == null ? "" : m.departmentName(), m.enabled() ? "启用" : "停用")).toList();
        return ExcelSheet.download("人员台账.xlsx", "人员", HEADERS, rows);
    }
}
