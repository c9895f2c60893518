/**
 * The database: the embedded PostgreSQL or an external one, the application's and the owner's
 * connections, migrations' placeholders, group commit, generic plans and availability while the
 * database is away.
 *
 * <p>Uses: none.
 */
package cn.taizhang.platform.db;
