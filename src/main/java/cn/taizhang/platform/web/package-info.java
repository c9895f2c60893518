/**
 * The web's shared parts: the problem+json error format, list envelopes and paging, strict input
 * checks, the scope argument, and the OpenAPI description.
 *
 * <p>Uses: none.
 */
package cn.taizhang.platform.web;
