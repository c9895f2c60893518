/**
 * Registries (台账): the enterprises, places, persons and projects an office keeps, which inspections and enforcement
 * visit (issue 17). So far the codes they are identified by ({@link cn.taizhang.registry.codes}).
 *
 * <p>Uses: none.
 */
package cn.taizhang.registry;
