/**
 * The national codes a registry checks before it stores them: the 统一社会信用代码 of GB 32100-2015 with the organisation
 * code of GB 11714 inside it ({@link cn.taizhang.registry.codes.CreditCode}), the 居民身份证号码 of GB 11643
 * ({@link cn.taizhang.registry.codes.IdNumber}) and the mainland's telephone numbers
 * ({@link cn.taizhang.registry.codes.PhoneNumber}). Plain Java, free of Spring: each answers what is wrong in Chinese,
 * with a stable code, and what is only doubtful as a warning.
 *
 * <p>Uses: none.
 */
@org.springframework.modulith.NamedInterface("codes")
package cn.taizhang.registry.codes;
