/**
 * Reporting (上报): a new case checked, placed in its grid, given its number and suggested unit, and written once
 * whatever the retries (clientId, Idempotency-Key), one at a time or in batches.
 *
 * <p>Uses: platform, territory, organisation.
 */
@org.springframework.modulith.NamedInterface("reporting")
package cn.taizhang.cases.reporting;
