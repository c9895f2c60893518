package cn.taizhang.inspection.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The seeded checklists as the migration writes them, read without a database: every one of the 16 sectors has one
 * checklist of a dozen items (10 to 14), with unique codes of one prefix, a text and a legal basis each; the sectors
 * with a national 重大事故隐患判定标准 mark the items taken from it as 重大隐患.
 */
class ChecklistSeedTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern SECTOR = Pattern.compile("\\('([a-z_]+)', '[^']+', '[a-z_]+', \\d+\\)");
    private static final Pattern ITEM = Pattern.compile(
            "\\((\\d+), '([a-z_]+)', '([^']*)', '([^']*)', '([^']*)', (true|false)\\)");
    private static final Pattern NAME = Pattern.compile("\\('([a-z_]+)', 1, '([^']+)'\\)");

    record Item(String checklist, String code, String text, String basis, boolean major) {
    }

    private static String migration(String name) throws IOException {
        return Files.readString(MIGRATIONS.resolve(name));
    }

    private static List<Item> items() throws IOException {
        List<Item> items = new ArrayList<>();
        Matcher m = ITEM.matcher(migration("V28__checklists.sql"));
        while (m.find()) {
            items.add(new Item(m.group(2), m.group(3), m.group(4), m.group(5), Boolean.parseBoolean(m.group(6))));
        }
        return items;
    }

    private static Map<String, List<Item>> bySector() throws IOException {
        Map<String, List<Item>> grouped = new LinkedHashMap<>();
        items().forEach(i -> grouped.computeIfAbsent(i.checklist(), k -> new ArrayList<>()).add(i));
        return grouped;
    }

    @Test
    void everySectorHasOneChecklistOfADozenItemsEachWithATextAndABasis() throws IOException {
        Set<String> sectors = new HashSet<>();
        Matcher s = SECTOR.matcher(migration("V2__organisation.sql"));
        while (s.find()) {
            sectors.add(s.group(1));
        }
        assertThat(sectors).hasSize(16);
        Map<String, List<Item>> seeded = bySector();
        assertThat(seeded.keySet()).containsExactlyInAnyOrderElementsOf(sectors);
        Map<String, String> names = new LinkedHashMap<>();
        Matcher n = NAME.matcher(migration("V28__checklists.sql"));
        while (n.find()) {
            names.put(n.group(1), n.group(2));
        }
        assertThat(names.keySet()).containsExactlyInAnyOrderElementsOf(sectors);
        seeded.forEach((sector, items) -> {
            assertThat(items).as(sector).hasSizeBetween(10, 14);
            assertThat(items.stream().map(Item::code).distinct()).as(sector + ": unique codes").hasSameSizeAs(items);
            String prefix = items.get(0).code().substring(0, items.get(0).code().indexOf('-') + 1);
            for (Item i : items) {
                assertThat(i.code()).as(sector).matches(ChecklistForm.ITEM_CODE).startsWith(prefix);
                assertThat(i.text()).as(i.code()).isNotBlank().hasSizeLessThanOrEqualTo(200);
                assertThat(i.basis()).as(i.code() + ": a basis in 《…》").isNotBlank().startsWith("《").contains("》");
            }
        });
        assertThat(items().stream().map(Item::code).distinct()).as("item codes differ across sectors too").hasSameSizeAs(items());
    }

    @Test
    void itemsFromANationalMajorHazardStandardAreMajorAndTheOthersAreNot() throws IOException {
        Map<String, String> standards = Map.of("hazardous_chemicals", "化工和危险化学品生产经营单位重大生产安全事故隐患判定标准",
                "fire_safety", "重大火灾隐患判定方法", "coal_mining", "煤矿重大事故隐患判定标准", "non_coal_mining", "金属非金属矿山重大事故隐患判定标准",
                "fireworks", "烟花爆竹生产经营单位重大生产安全事故隐患判定标准", "industry_trade", "工贸企业重大事故隐患判定标准",
                "town_gas", "城镇燃气经营安全重大隐患判定标准", "urban_construction", "房屋市政工程生产安全重大事故隐患判定标准",
                "road_transport", "道路运输企业和城市客运企业安全生产重大事故隐患判定标准", "special_equipment", "特种设备重大事故隐患判定准则");
        for (Item i : items()) {
            String standard = standards.get(i.checklist());
            boolean fromStandard = standard != null && i.basis().contains(standard);
            assertThat(i.major()).as(i.code() + " " + i.basis()).isEqualTo(fromStandard);
        }
        bySector().forEach((sector, items) -> assertThat(items.stream().anyMatch(Item::major)).as(sector)
                .isEqualTo(standards.containsKey(sector)));
    }
}
