package cn.taizhang.demo;

import cn.taizhang.organisation.NewStaff;
import cn.taizhang.organisation.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The demo's departments, 镇街 offices and staff, made up deterministically around the real territory:
 * about 20 city departments with the sectors they regulate, an office per 镇街, leaders, dispatchers
 * and safety supervisors per 镇街, handlers and inspectors per department, enforcement officers where a sector is regulated, one grid worker per grid,
 * the three separated administrators, and the fixed demo sign-ins of the README.
 */
final class KailiOrganisation {

    static final String PASSWORD = "Kaili@2026";
    static final String CITY = "522601";

    record DepartmentSpec(String code, String name, String kind, String areaCode, List<String> sectors) {
    }

    record Town(String code, String name) {
    }

    /** Staff whose department is named by code, resolved to an id once departments exist. */
    record StaffSpec(String username, String name, String phone, Set<Role> roles, String jurisdiction, String departmentCode) {

        NewStaff toNewStaff(Long departmentId) {
            return new NewStaff(username, name, phone, roles, jurisdiction, departmentId, PASSWORD);
        }
    }

    static final List<DepartmentSpec> DEPARTMENTS = List.of(
            city("EMERGENCY", "市应急管理局", "hazardous_chemicals", "non_coal_mining", "fireworks", "industry_trade"),
            city("FIRE", "市消防救援大队", "fire_safety"),
            city("TRANSPORT", "市交通运输局", "transport", "road_transport"),
            city("MARKET", "市市场监管局", "special_equipment"),
            city("ENFORCEMENT", "市综合行政执法局"),
            city("HOUSING", "市住建局", "urban_construction", "town_gas"),
            city("HEALTH", "市卫健局", "health_care"),
            city("EDUCATION", "市教科局", "education"),
            city("UNION", "市总工会"),
            city("ENERGY", "市能源局", "coal_mining"),
            city("INDUSTRY", "市工业和信息化局", "industrial_parks"),
            city("ECOLOGY", "黔东南州生态环境局凯里分局", "hazardous_waste"),
            city("TOURISM", "市文体广电旅游局", "tourism"),
            city("PUBLIC_SECURITY", "市公安局"),
            city("NATURAL_RESOURCES", "市自然资源局"),
            city("WATER", "市水务局"),
            city("AGRICULTURE", "市农业农村局"),
            city("COMMERCE", "市商务局"),
            city("HUMAN_RESOURCES", "市人力资源和社会保障局"),
            city("INVESTMENT", "市产业投资促进委员会"));

    /** The department that coordinates the city's enterprise service (三项服务): where a 市领导's visit sends its problems. */
    static final String ENTERPRISE_SERVICE = "INVESTMENT";

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜龙吴欧杨";
    private static final String GIVEN = "明华建国文军平强伟芳秀英敏静丽勇磊洋艳杰娟涛超霞刚桂兰志红玉海云飞鹏春梅兴贵林";

    private final Random random = new Random(522601);

    static List<DepartmentSpec> departments(List<Town> towns) {
        List<DepartmentSpec> all = new ArrayList<>(DEPARTMENTS);
        for (Town town : towns) {
            String office = town.name() + (town.name().endsWith("街道") ? "办事处" : "人民政府");
            all.add(new DepartmentSpec("OFFICE-" + town.code(), office, "office", town.code(), List.of()));
        }
        return all;
    }

    List<StaffSpec> staff(List<Town> towns, List<String> gridCodes) {
        List<StaffSpec> staff = new ArrayList<>(fixedSignIns());
        for (DepartmentSpec d : DEPARTMENTS) {
            String key = d.code().toLowerCase().replace('_', '-');
            staff.add(person(key + "-leader", Set.of(Role.LEADER), CITY, d.code()));
            staff.add(person(key + "-handler-1", Set.of(Role.HANDLER), CITY, d.code()));
            staff.add(person(key + "-handler-2", Set.of(Role.HANDLER), CITY, d.code()));
            staff.add(person(key + "-inspector", Set.of(Role.INSPECTOR), CITY, d.code()));
            if (d.code().equals("ENFORCEMENT") || !d.sectors().isEmpty()) { // 执法人员 wherever a sector is regulated
                staff.add(person(key + "-enforcer", Set.of(Role.ENFORCER), CITY, d.code()));
            }
        }
        for (Town town : towns) {
            String key = "t" + town.code();
            staff.add(person(townLeader(town.code()), Set.of(Role.LEADER), town.code(), null));
            staff.add(person(key + "-dispatcher-1", Set.of(Role.DISPATCHER), town.code(), null));
            staff.add(person(key + "-dispatcher-2", Set.of(Role.DISPATCHER), town.code(), null));
            // every 镇街 has at least two safety supervisors (安全监管人员)
            staff.add(person(key + "-safety-1", Set.of(Role.HANDLER, Role.INSPECTOR), town.code(), "OFFICE-" + town.code()));
            staff.add(person(key + "-safety-2", Set.of(Role.HANDLER, Role.INSPECTOR), town.code(), "OFFICE-" + town.code()));
        }
        for (String grid : gridCodes) {
            if (!grid.equals(DemoSignIns.GRID_WORKER_GRID)) {
                staff.add(person("gw-" + grid, Set.of(Role.GRID_WORKER), grid, null));
            }
        }
        for (String leader : CITY_LEADERS.subList(1, CITY_LEADERS.size())) { // demo-leader is the first
            staff.add(person(leader, Set.of(Role.LEADER), CITY, null));
        }
        return staff;
    }

    /** The city's ten leaders (市领导), each looking after five enterprises of 炉碧经济开发区 (包保). */
    static final List<String> CITY_LEADERS = List.of("demo-leader", "city-leader-2", "city-leader-3", "city-leader-4", "city-leader-5",
            "city-leader-6", "city-leader-7", "city-leader-8", "city-leader-9", "city-leader-10");

    /** The username of a 镇街's leader. */
    static String townLeader(String townCode) {
        return "t" + townCode + "-leader";
    }

    private List<StaffSpec> fixedSignIns() {
        return DemoSignIns.ALL.stream()
                .map(s -> new StaffSpec(s.username(), name(), phone(), s.roles(), s.jurisdiction(), s.departmentCode()))
                .toList();
    }

    private StaffSpec person(String username, Set<Role> roles, String jurisdiction, String departmentCode) {
        return new StaffSpec(username, name(), phone(), roles, jurisdiction, departmentCode);
    }

    private String name() {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int given = random.nextBoolean() ? 1 : 2;
        for (int i = 0; i < given; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    /** Plausible mobile numbers; demo data, not real people. */
    private String phone() {
        return "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
    }

    private static DepartmentSpec city(String code, String name, String... sectors) {
        return new DepartmentSpec(code, name, "department", CITY, List.of(sectors));
    }
}
