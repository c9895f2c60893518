package cn.taizhang.access.chain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The chain's canonical form and hash: {@code hash(n) = SM3(hash(n-1) ‖ seq ‖ row)}, with {@code hash(0)} 32 zero bytes.
 * {@code seq} is 8 bytes big-endian; {@code row} is every column of the audit row in table order (id, at, action,
 * actor_id, actor_username, actor_jurisdiction, source_address, method, path, status, target_type, target_id,
 * before_ref, after_ref, detail, xact), each as its text in UTF-8 preceded by its length in bytes (4 bytes
 * big-endian), a NULL as the length -1 and no bytes. Numbers are decimal; {@code at} is UTC with microseconds,
 * {@code 2026-12-06T04:38:29.123456Z}. Lengths make the encoding unambiguous: no two rows encode alike.
 */
public final class AuditChain {

    public static final int HASH_BYTES = 32;
    public static final byte[] GENESIS = new byte[HASH_BYTES];

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditChain() {
    }

    /** The hash of link {@code seq}, which seals {@code row} after the link whose hash is {@code previous}. */
    public static byte[] link(byte[] previous, long seq, AuditRecord row) {
        if (previous.length != HASH_BYTES) {
            throw new IllegalArgumentException("a previous hash has 32 bytes, not " + previous.length);
        }
        return sm3(previous, ByteBuffer.allocate(Long.BYTES).putLong(seq).array(), canonical(row));
    }

    /** The row's canonical bytes (see the class comment). */
    public static byte[] canonical(AuditRecord row) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        for (Object value : Arrays.asList(row.id(), row.at() == null ? null : AT.format(row.at()), row.action(), row.actorId(),
                row.actorUsername(), row.actorJurisdiction(), row.sourceAddress(), row.method(), row.path(), row.status(),
                row.targetType(), row.targetId(), row.beforeRef(), row.afterRef(), row.detail(), row.xact())) {
            if (value == null) {
                out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(-1).array());
            } else {
                byte[] text = value.toString().getBytes(StandardCharsets.UTF_8);
                out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(text.length).array());
                out.writeBytes(text);
            }
        }
        return out.toByteArray();
    }

    static byte[] sm3(byte[]... parts) {
        SM3Digest digest = new SM3Digest();
        for (byte[] part : parts) {
            digest.update(part, 0, part.length);
        }
        byte[] hash = new byte[digest.getDigestSize()];
        digest.doFinal(hash, 0);
        return hash;
    }

    public static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }
}
