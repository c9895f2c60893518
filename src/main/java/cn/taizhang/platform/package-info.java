/**
 * Shared kernel: the database, the error format, list envelopes, jurisdiction scope and the command line.
 * Open so that every module can use these few types directly.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.taizhang.platform;
