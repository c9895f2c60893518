package cn.taizhang.access.chain;

/**
 * The outcome of checking the chain: how many links were read and hold, how many audit rows wait to be sealed, the
 * chain's head, the newest head exported, and the first break ({@code null} if none).
 */
public record Verification(boolean intact, long sealed, long verified, long unsealed, Long headSeq, String headHash,
        ExportedHead lastExported, ChainBreak firstBreak) {
}
