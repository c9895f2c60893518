/**
 * The command line: runs the jar either as the application or as one command, and the schedules that
 * only a server runs.
 *
 * <p>Uses: none.
 */
package cn.taizhang.platform.cli;
