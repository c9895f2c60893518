/**
 * Registries (台账): the enterprises, places, persons and projects an office keeps, which inspections and enforcement
 * visit. The codes they are identified by ({@link cn.taizhang.registry.codes}); the parts every registry shares here —
 * a record's placement in a grid, its ledger's columns (export, import and history alike), its history of changes —
 * and one sub-package per registry.
 *
 * <p>Uses: platform, figures, territory, organisation, access, cases.
 */
package cn.taizhang.registry;
