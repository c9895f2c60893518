/**
 * Benchmarks, not tests: commands of the application's jar that measure a part of the product against a baseline run
 * in the same process and print the ratio ({@code bench-stats}: the statistics read from the tallies against the same
 * figures recomputed from the case rows). Kept out of the modules they measure, which they use only through their
 * public API.
 *
 * <p>Uses: platform, territory, cases.
 */
package cn.taizhang.benchmarks;
