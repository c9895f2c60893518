/**
 * Geometry: coordinate systems (WGS-84, GCJ-02, BD-09), GeoJSON, the grid index and locator, overlaps.
 *
 * <p>Uses: none.
 */
package cn.taizhang.territory.geo;
