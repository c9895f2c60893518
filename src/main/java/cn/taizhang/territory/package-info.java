/**
 * The territory: areas and their codes, grids and their polygons, overlays, point-to-grid lookup,
 * imports of division lists and grids (and the 系统管理员's page for them), the map and the area pages.
 *
 * <p>Uses: platform.
 */
package cn.taizhang.territory;
