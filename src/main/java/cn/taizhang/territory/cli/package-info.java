/**
 * The territory's commands: import a division list or grids from files, and a benchmark of the
 * grid lookup.
 *
 * <p>Uses: platform.
 */
package cn.taizhang.territory.cli;
