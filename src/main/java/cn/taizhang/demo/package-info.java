/**
 * Demo data: a generated, plausible territory for 凯里市 (divisions, ~1,500 grid polygons and the
 * overlays), its departments, staff and 观摩 visits, its enterprise, place and project ledgers, its campaigns (专项整治), its year of enforcement, the loader that puts them into an empty database on
 * the first start, its simulated year ({@code demo.history}) and the generate-history command. The generator itself (entry point
 * {@link cn.taizhang.demo.KailiTerritory#generate()}) is plain Java and JTS; the loader is Spring's.
 *
 * <p>Uses: platform, territory, organisation, access, calendar, cases, evaluation, registry, inspection, enforcement, service.
 */
package cn.taizhang.demo;
