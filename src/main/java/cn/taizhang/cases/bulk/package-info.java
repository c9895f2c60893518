/**
 * Writing cases in bulk, for tools outside the product's core (the demo's simulated history, loaders): a case as it
 * stands with its events and 挂牌督办 ({@link cn.taizhang.cases.bulk.BulkCase}), written with COPY by
 * {@link cn.taizhang.cases.bulk.CaseBulkWriter}, with ids and numbers taken as reporting takes them and the tallies
 * folded once at the end; and the case types' rules as the catalogue holds them ({@link cn.taizhang.cases.bulk.TypeRule}).
 * Exposed to other modules as the named interface {@code bulk}.
 *
 * <p>Uses: platform.
 */
@org.springframework.modulith.NamedInterface("bulk")
package cn.taizhang.cases.bulk;
