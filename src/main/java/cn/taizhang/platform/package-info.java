/**
 * Shared kernel: the database, the one time zone (BeijingTime), the error format, list envelopes,
 * jurisdiction scope, personal-data encryption, Word and Excel writing, backup and the command line.
 * Open so that every module can use these few types directly; it uses no other module.
 *
 * <p>Uses: none.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.taizhang.platform;
