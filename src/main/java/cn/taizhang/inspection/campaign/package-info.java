/**
 * Campaigns (专项整治): name, period, stage (动员部署, 排查整治, 集中攻坚, 巩固提升), sectors, areas and lead department; the
 * outings they send are counted toward them.
 */
@org.springframework.modulith.NamedInterface("campaign")
package cn.taizhang.inspection.campaign;
