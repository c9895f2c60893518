/**
 * Simulated case history (模拟历史), a tool outside the product's core: plays a plausible history of reports through
 * the cases' own lifecycle rules ({@code cases.lifecycle}), day by day from a seed, in the territory, staff and type
 * catalogue as the modules hold them, and has the cases module write them in bulk ({@code cases.bulk}). For the demo's
 * first year, {@code generate-history} and the benchmarks. What reports say and where they were is worded from the phrase
 * files under {@code demo/phrases/} ({@link cn.taizhang.demo.history.Wording}); an inspection's hazard is found at an
 * enterprise of the registry failing an item of its sector's checklist.
 *
 * <p>Uses: platform, territory, organisation, calendar, cases, registry, inspection.
 */
package cn.taizhang.demo.history;
