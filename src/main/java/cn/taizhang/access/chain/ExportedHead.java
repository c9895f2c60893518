package cn.taizhang.access.chain;

import java.time.OffsetDateTime;

/** The chain's head as written outside the database at {@code at}: the last seq and its hash (hex). */
public record ExportedHead(OffsetDateTime at, long seq, String hash) {
}
