/**
 * Demo data: a generated, plausible territory for 凯里市 (divisions, ~1,500 grid polygons and the
 * overlays) for the demo loader and for trying the map by eye. Pure Java and JTS, no Spring; the
 * entry point is {@link cn.taizhang.demo.KailiTerritory#generate()}.
 */
package cn.taizhang.demo;
