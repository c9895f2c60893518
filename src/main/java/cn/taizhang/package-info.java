/**
 * The application: its entry point, which starts the web server or runs one command of the jar
 * (platform.cli), and the root from which Spring finds the modules below.
 *
 * <p>Uses: platform.
 */
package cn.taizhang;
