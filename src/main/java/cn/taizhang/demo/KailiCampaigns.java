package cn.taizhang.demo;

import cn.taizhang.inspection.campaign.CampaignStage;
import cn.taizhang.inspection.campaign.NewCampaign;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The demo's campaigns (专项整治): the national three-year campaign on work safety as Kaili ran it (2020-04 to 2022-12,
 * every sector, led by the 应急管理局 for the 安委办), and this year's city-wide campaigns on town gas and on fire safety,
 * with one 镇街's own on the 九小场所. Their measures are the ones such campaigns' plans list. Plain Java.
 */
final class KailiCampaigns {

    private KailiCampaigns() {
    }

    /** The campaigns, given the sector catalogue's codes in order and the departments' ids by code. */
    static List<NewCampaign> all(List<String> sectors, Map<String, Long> departments) {
        return List.of(
                new NewCampaign("安全生产专项整治三年行动", LocalDate.of(2020, 4, 1), LocalDate.of(2022, 12, 31), KailiOrganisation.CITY,
                        CampaignStage.TACKLING, sectors, departments.get("EMERGENCY"), List.of(
                                "学习宣传贯彻习近平总书记关于安全生产重要论述，压实党政领导责任",
                                "落实企业安全生产主体责任，推动企业建立隐患自查自改自报制度",
                                "危险化学品、矿山、消防、交通运输、城市建设、工业园区、危险废物等重点行业领域逐项开展专项整治",
                                "建立问题隐患和制度措施“两个清单”，实行台账管理、销号闭环",
                                "开展“打非治违”，依法严惩安全生产违法违规行为"),
                        "由市安委办统筹，市应急管理局牵头，各行业主管部门和镇（街道）分级负责"),
                new NewCampaign("城镇燃气安全专项整治", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31), KailiOrganisation.CITY,
                        CampaignStage.INVESTIGATION, List.of("town_gas", "urban_construction"), departments.get("HOUSING"), List.of(
                                "全面排查燃气经营企业、餐饮等用气场所和老旧管网的安全隐患",
                                "餐饮场所全面安装可燃气体报警装置，推广使用金属波纹软管",
                                "依法查处违规存放、充装、运输瓶装液化石油气行为",
                                "开展燃气安全进社区、进商户宣传"),
                        null),
                new NewCampaign("消防安全专项整治", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30), KailiOrganisation.CITY,
                        CampaignStage.TACKLING, List.of("fire_safety"), departments.get("FIRE"), List.of(
                                "排查整治高层建筑、人员密集场所、“九小场所”的消防安全隐患",
                                "清理疏通消防车通道和疏散通道，整治电动自行车违规停放充电",
                                "督促社会单位落实消防安全责任人和消防安全管理人"),
                        null),
                new NewCampaign("大十字街道“九小场所”消防安全专项整治", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30), "522601002",
                        CampaignStage.MOBILISATION, List.of("fire_safety"), departments.get("OFFICE-522601002"), List.of(
                                "网格员逐户摸排辖区小商店、小餐饮、小旅馆等“九小场所”",
                                "对发现的隐患当场告知、限期整改，逾期未改的移交消防救援大队"),
                        null));
    }
}
