package cn.taizhang.access.chain;

/** The first place where the chain does not hold: at link {@code seq} (sealing audit row {@code auditId}, if known). */
public record ChainBreak(Kind kind, long seq, Long auditId, String detail) {

    public enum Kind {
        /** the audit row's content differs from what was sealed */
        ROW_CHANGED,
        /** the stored hash differs from the one computed when sealing */
        HASH_CHANGED,
        /** the last link does not match its row, and no later link tells which of the two changed */
        ROW_OR_HASH_CHANGED,
        /** a sealed audit row is gone */
        ROW_MISSING,
        /** a link of the chain is gone */
        SEQ_MISSING,
        /** the chain differs from a head exported earlier: rewritten from some row on */
        HEAD_MISMATCH,
        /** the chain is shorter than a head exported earlier: its newest rows were deleted */
        SHORTER_THAN_EXPORTED_HEAD
    }
}
