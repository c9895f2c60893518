package cn.taizhang.platform.web;

import java.util.Map;

/**
 * Published when {@link InputCharacterFilter} refuses a request before anything else has seen it, so that
 * a module which must record such attempts (a refused sign-in is still a failed sign-in) can. Forbidden
 * characters in the parameters are already replaced by U+FFFD.
 */
public record InputRefused(String method, String path, Map<String, String> parameters, String sourceAddress) {
}
