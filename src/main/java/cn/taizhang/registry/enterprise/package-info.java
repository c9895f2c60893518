/**
 * The enterprise registry (企业台账): 统一社会信用代码, sectors, risk level, status, and union work (建会, members,
 * engagement, the 包保 leader); the three union ledgers of the seeds are filtered views of it (三库合一).
 */
@org.springframework.modulith.NamedInterface("enterprise")
package cn.taizhang.registry.enterprise;
