/**
 * The place registry (场所台账): stations and checkpoints, schools, hospitals, cold-chain stores, parks, 党群服务中心 and
 * the other kinds of an editable catalogue ({@code place_type}), each in a grid with its responsible unit (责任单位).
 * The grid worker of the grid and the 指挥员 of the area register and edit them; everyone reads those of their
 * jurisdiction. No personal data. Its pages, its ledger in Excel (a place is named by type, name and grid, having no code
 * of its own), its figures by type and area, and cases about a place ({@code subject: {kind: "place", id}}).
 */
@org.springframework.modulith.NamedInterface("place")
package cn.taizhang.registry.place;
