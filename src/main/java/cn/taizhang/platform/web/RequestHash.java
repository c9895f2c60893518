package cn.taizhang.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.databind.JsonNode;

/**
 * The SHA-256 of a request as sent and by whom: a phone's retry sends the same bytes, so the same client id with the
 * same hash is a retry, and with another hash a client id reused for other content.
 */
public final class RequestHash {

    private RequestHash() {
    }

    public static String of(long callerId, JsonNode body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Long.toString(callerId).getBytes(StandardCharsets.UTF_8));
            digest.update(body.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
