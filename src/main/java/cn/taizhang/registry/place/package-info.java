/**
 * The place registry (场所台账): stations and checkpoints, schools, hospitals, cold-chain stores, parks, 党群服务中心 and
 * the other kinds of an editable catalogue ({@code place_type}), each in a grid with its responsible unit (责任单位).
 * The grid worker of the grid and the 指挥员 of the area register and edit them; everyone reads those of their
 * jurisdiction. No personal data.
 */
package cn.taizhang.registry.place;
